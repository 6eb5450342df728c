package org.wirewise.model.http.hpack;

import java.io.ByteArrayOutputStream;

/** Integer representation with an N-bit prefix (RFC 7541 §5.1). */
public final class HpackInteger {

    /** Larger values are refused: no header block needs them and they would overflow an int. */
    public static final int MAX = (1 << 28) - 1;

    private HpackInteger() {
    }

    /**
     * Writes {@code value} in the low {@code prefixBits} of a first octet whose high bits are
     * {@code flags}, continuing in 7-bit groups, least significant first.
     */
    public static void encode(int value, int prefixBits, int flags, ByteArrayOutputStream out) {
        if (value < 0 || prefixBits < 1 || prefixBits > 8) {
            throw new IllegalArgumentException("value " + value + " with a " + prefixBits + "-bit prefix");
        }
        int max = (1 << prefixBits) - 1;
        if (value < max) {
            out.write(flags | value);
            return;
        }
        out.write(flags | max);
        int rest = value - max;
        while (rest >= 128) {
            out.write(rest % 128 + 128);
            rest /= 128;
        }
        out.write(rest);
    }

    public static byte[] encode(int value, int prefixBits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encode(value, prefixBits, 0, out);
        return out.toByteArray();
    }

    /** Reads an integer whose prefix is the low {@code prefixBits} of the reader's next octet. */
    static int decode(HpackReader in, int prefixBits) {
        int start = in.position();
        int max = (1 << prefixBits) - 1;
        int value = in.next() & max;
        if (value < max) {
            return value;
        }
        int shift = 0;
        int b;
        do {
            if (shift > 21) {
                throw new HpackException("integer longer than " + MAX, start);
            }
            b = in.next();
            value += (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (value > MAX || value < 0) {
            throw new HpackException("integer larger than " + MAX, start);
        }
        return value;
    }
}
