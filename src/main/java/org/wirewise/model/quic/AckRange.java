package org.wirewise.model.quic;

/** Packet numbers {@code smallest} to {@code largest}, both included, acknowledged together (RFC 9000 §19.3.1). */
public record AckRange(long smallest, long largest) {

    public AckRange {
        if (smallest < 0 || largest < smallest) {
            throw new IllegalArgumentException("an ACK range runs from its smallest to its largest: " + smallest + ".." + largest);
        }
    }

    public boolean contains(long pn) {
        return pn >= smallest && pn <= largest;
    }

    @Override
    public String toString() {
        return smallest == largest ? Long.toString(largest) : smallest + "-" + largest;
    }
}
