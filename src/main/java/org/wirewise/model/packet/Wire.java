package org.wirewise.model.packet;

import java.util.Objects;

/**
 * Big-endian ("network byte order", RFC 791 Appendix B) reads and writes shared by the codecs.
 * Reads are unchecked: callers check lengths first with {@link #need}, which names what was
 * being read so a short packet gives a message rather than an array index error.
 */
final class Wire {

    private Wire() {
    }

    /** Checks the caller's (array, offset, length) triple; misuse is a programming error. */
    static void checkSlice(byte[] bytes, int offset, int length) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.checkFromIndexSize(offset, length, bytes.length);
    }

    /** Throws if fewer than {@code needed} bytes are available for {@code what} at {@code offset}. */
    static void need(String what, int offset, int needed, int available) {
        if (needed > available) {
            throw new MalformedPacketException(offset,
                    what + " truncated: needs " + needed + " bytes, " + Math.max(available, 0) + " remain");
        }
    }

    static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    static long u32(byte[] b, int i) {
        return ((long) u16(b, i) << 16) | u16(b, i + 2);
    }

    static void put16(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 8);
        b[i + 1] = (byte) v;
    }

    static void put32(byte[] b, int i, long v) {
        put16(b, i, (int) (v >>> 16));
        put16(b, i + 2, (int) v);
    }

    static void checkRange(String name, long value, long max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " must be in 0.." + max + ", was " + value);
        }
    }

    static byte[] copy(byte[] bytes, String name) {
        return Objects.requireNonNull(bytes, name).clone();
    }
}
