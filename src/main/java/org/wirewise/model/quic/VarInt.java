package org.wirewise.model.quic;

/**
 * QUIC's variable-length integer (RFC 9000 §16): the two high bits of the first byte give the
 * length (1, 2, 4 or 8 bytes), the rest is the value, big-endian; at most 2^62 - 1.
 */
public final class VarInt {

    /** The largest value a variable-length integer holds (2^62 - 1). */
    public static final long MAX = (1L << 62) - 1;

    private VarInt() {
    }

    /** How many bytes the shortest encoding of {@code value} takes. */
    public static int length(long value) {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("a variable-length integer is 0 to 2^62-1, got " + value);
        }
        return value < 64 ? 1 : value < 16_384 ? 2 : value < 1L << 30 ? 4 : 8;
    }

    /** How many bytes the integer starting with {@code firstByte} takes: 2^(top two bits). */
    public static int lengthOf(int firstByte) {
        return 1 << ((firstByte & 0xFF) >>> 6);
    }

    /** The shortest encoding of {@code value}. */
    public static byte[] encode(long value) {
        return encode(value, length(value));
    }

    /** {@code value} on exactly {@code length} bytes (1, 2, 4 or 8), as a Length field reserved before its value is known. */
    public static byte[] encode(long value, int length) {
        if (length(value) > length || Integer.bitCount(length) != 1 || length > 8) {
            throw new IllegalArgumentException(value + " does not fit a " + length + "-byte variable-length integer");
        }
        byte[] out = new byte[length];
        long v = value;
        for (int i = length - 1; i >= 0; i--) {
            out[i] = (byte) v;
            v >>>= 8;
        }
        out[0] |= (byte) (Integer.numberOfTrailingZeros(length) << 6);
        return out;
    }

    /** The integer at {@code offset} of {@code bytes}; the caller checks {@link #lengthOf} bytes are there. */
    public static long decode(byte[] bytes, int offset) {
        int n = lengthOf(bytes[offset]);
        if (offset + n > bytes.length) {
            throw new IllegalArgumentException("a " + n + "-byte variable-length integer runs past the end");
        }
        long v = bytes[offset] & 0x3F;
        for (int i = 1; i < n; i++) {
            v = v << 8 | bytes[offset + i] & 0xFF;
        }
        return v;
    }
}
