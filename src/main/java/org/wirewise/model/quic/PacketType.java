package org.wirewise.model.quic;

/**
 * The packet types of QUIC version 1 (RFC 9000 §17.2, §17.3) with the packet number space and
 * encryption level each belongs to (RFC 9001 §4, Table 1).
 */
public enum PacketType {
    INITIAL(0, Space.INITIAL, "Initial"),
    ZERO_RTT(1, Space.APPLICATION, "0-RTT"),
    HANDSHAKE(2, Space.HANDSHAKE, "Handshake"),
    RETRY(3, null, "Retry"),
    /** The short header packet, protected with 1-RTT keys. */
    ONE_RTT(-1, Space.APPLICATION, "1-RTT");

    /** The three packet number spaces (RFC 9000 §12.3): numbers restart in each and never repeat within one. */
    public enum Space { INITIAL, HANDSHAKE, APPLICATION }

    private final int longType;
    private final Space space;
    private final String label;

    PacketType(int longType, Space space, String label) {
        this.longType = longType;
        this.space = space;
        this.label = label;
    }

    /** The 2-bit Long Packet Type, or -1 for a short header. */
    public int longType() {
        return longType;
    }

    public boolean isLong() {
        return longType >= 0;
    }

    public Space space() {
        return space;
    }

    /** How a packet list names it. */
    public String label() {
        return label;
    }

    static PacketType ofLong(int bits) {
        for (PacketType t : values()) {
            if (t.longType == bits) {
                return t;
            }
        }
        throw new IllegalArgumentException("a long packet type is 2 bits: " + bits);
    }
}
