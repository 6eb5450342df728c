package org.wirewise.model.quic;

/**
 * Packet number encoding and decoding (RFC 9000 §17.1, Appendix A.2 and A.3): a sender sends
 * only the low bytes, enough to represent twice the packets not yet acknowledged; a receiver
 * picks the number closest to the next one it expects.
 */
public final class PacketNumbers {

    /** No packet acknowledged (or received) yet in this space. */
    public static final long NONE = -1;

    private PacketNumbers() {
    }

    /**
     * How many bytes (1 to 4) the packet number {@code fullPn} needs when the largest acknowledged
     * is {@code largestAcked} (or {@link #NONE}): twice the unacknowledged range, plus one (A.2).
     */
    public static int encodedLength(long fullPn, long largestAcked) {
        long unacked = largestAcked == NONE ? fullPn + 1 : fullPn - largestAcked;
        for (int bytes = 1; bytes <= 4; bytes++) {
            if (2 * unacked <= 1L << 8 * bytes) { // the RFC's ceil((log2(unacked) + 1) / 8)
                return bytes;
            }
        }
        throw new IllegalArgumentException("packet " + fullPn + " is too far ahead of the largest acknowledged " + largestAcked);
    }

    /** The low {@code length} bytes of {@code fullPn}, big-endian. */
    public static byte[] truncate(long fullPn, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[length - 1 - i] = (byte) (fullPn >>> 8 * i);
        }
        return out;
    }

    /** The full packet number for {@code truncated} of {@code bits} bits, given the largest received so far (A.3). */
    public static long decode(long largestPn, long truncated, int bits) {
        long expected = largestPn + 1;
        long window = 1L << bits;
        long halfWindow = window / 2;
        long mask = window - 1;
        long candidate = expected & ~mask | truncated;
        if (candidate <= expected - halfWindow && candidate < (1L << 62) - window) {
            return candidate + window;
        }
        if (candidate > expected + halfWindow && candidate >= window) {
            return candidate - window;
        }
        return candidate;
    }
}
