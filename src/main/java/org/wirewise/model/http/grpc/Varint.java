package org.wirewise.model.http.grpc;

import java.io.ByteArrayOutputStream;

/**
 * Base-128 varints and ZigZag, the two integer encodings of protobuf: seven bits per byte, least
 * significant group first, the top bit set on every byte but the last. A negative int32 or int64
 * is sign-extended to 64 bits and so always takes ten bytes; sint32/sint64 first map it with
 * ZigZag (0, -1, 1, -2 ... to 0, 1, 2, 3 ...) so that small magnitudes stay small.
 */
public final class Varint {

    /** The longest varint: 64 bits in groups of seven. */
    public static final int MAX_BYTES = 10;

    private Varint() {
    }

    public static byte[] encode(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(MAX_BYTES);
        long v = value;
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
        return out.toByteArray();
    }

    /** How many bytes {@link #encode} writes for the value. */
    public static int size(long value) {
        int n = 1;
        for (long v = value >>> 7; v != 0; v >>>= 7) {
            n++;
        }
        return n;
    }

    /** ZigZag for sint64: (n << 1) ^ (n >> 63). */
    public static long zigzag(long n) {
        return (n << 1) ^ (n >> 63);
    }

    /** ZigZag for sint32: (n << 1) ^ (n >> 31), as an unsigned 32-bit value. */
    public static long zigzag32(int n) {
        return ((n << 1) ^ (n >> 31)) & 0xffffffffL;
    }

    public static long unzigzag(long z) {
        return (z >>> 1) ^ -(z & 1);
    }

    /**
     * The varint at {@code at}: its value and length, or null when the bytes end first or it runs
     * past ten bytes (a reader's bounds check, not an exception).
     */
    public static Read read(byte[] b, int at, int end) {
        long value = 0;
        for (int i = 0; i < MAX_BYTES && at + i < end; i++) {
            int octet = b[at + i] & 0xff;
            value |= (long) (octet & 0x7f) << (7 * i);
            if ((octet & 0x80) == 0) {
                return new Read(value, i + 1);
            }
        }
        return null;
    }

    /** A decoded varint and how many bytes it took. */
    public record Read(long value, int length) {
    }
}
