package org.wirewise.model.http.h3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wirewise.model.http.hpack.HpackException;
import org.wirewise.model.http.hpack.Huffman;

/**
 * QPACK (RFC 9204) as HTTP/3 uses it here: field sections with the static table only, since this
 * end announces a dynamic table capacity of 0 (every section starts with Required Insert Count 0
 * and Base 0, §4.5.1, and no encoder or decoder stream is needed). {@link QpackEncoder} and
 * {@link QpackDecoder} hold the dynamic table for when a capacity above 0 is announced; with
 * capacity 0 they write and read exactly these sections. Also the prefixed integers and strings
 * every QPACK instruction is made of.
 */
public final class Qpack {

    /** One field line; names are lower case in HTTP/3 (RFC 9114 §4.2). */
    public record FieldLine(String name, String value) {
    }

    /** An encoded section and, per field, how it was encoded (what a lesson shows). */
    public record Encoded(byte[] bytes, List<String> choices) {
        public Encoded {
            bytes = bytes.clone();
            choices = List.copyOf(choices);
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** Input that ends inside an instruction: a stream reader keeps the bytes and waits for more. */
    static final class Truncated extends H3Exception {
        private static final long serialVersionUID = 1L;

        Truncated(long code) {
            super(code, "an instruction or field section cut short");
        }
    }

    private Qpack() {
    }

    /** A section with static references and literals: indexed, literal with a static name, or literal name (no Huffman). */
    public static Encoded encode(List<FieldLine> fields) {
        return new QpackEncoder(0, 0).encode(0, fields);
    }

    /** The field lines of a section sent with no dynamic table (a reference to one is QPACK_DECOMPRESSION_FAILED). */
    public static List<FieldLine> decode(byte[] section) {
        return new QpackDecoder(0, 0).decode(0, section).orElseThrow();
    }

    /** An integer with an N-bit prefix (RFC 7541 §5.1, used by RFC 9204 §4.1.1), {@code flags} in the bits above it. */
    static void integer(ByteArrayOutputStream out, int flags, int prefix, long value) {
        int max = (1 << prefix) - 1;
        if (value < max) {
            out.write(flags | (int) value);
            return;
        }
        out.write(flags | max);
        long rest = value - max;
        while (rest >= 128) {
            out.write((int) (rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    static long integer(byte[] in, int[] at, int prefix, long code) {
        need(in, at[0], 1, code);
        int max = (1 << prefix) - 1;
        long value = in[at[0]++] & max;
        if (value < max) {
            return value;
        }
        for (int shift = 0; ; shift += 7) {
            need(in, at[0], 1, code);
            int b = in[at[0]++] & 0xFF;
            if (shift > 56) {
                throw new H3Exception(code, "an integer too large");
            }
            value += (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    /** A string literal (§4.1.2) without Huffman coding: H = 0, its length on {@code prefix} bits under {@code flags}. */
    static void string(ByteArrayOutputStream out, int flags, int prefix, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        integer(out, flags, prefix, b.length);
        out.writeBytes(b);
    }

    /** A string literal whose H bit sits just above its {@code prefix}-bit length; Huffman-coded ones are decoded (RFC 7541 Appendix B). */
    static String string(byte[] in, int[] at, int prefix, long code) {
        need(in, at[0], 1, code);
        boolean huffman = (in[at[0]] & (1 << prefix)) != 0;
        long n = integer(in, at, prefix, code);
        need(in, at[0], n, code);
        byte[] raw = java.util.Arrays.copyOfRange(in, at[0], at[0] + (int) n);
        int start = at[0];
        at[0] += (int) n;
        try {
            return new String(huffman ? Huffman.decode(raw, start) : raw, StandardCharsets.UTF_8);
        } catch (HpackException e) {
            throw new H3Exception(code, e.getMessage());
        }
    }

    private static void need(byte[] in, int at, long n, long code) {
        if (at + n > in.length) {
            throw new Truncated(code);
        }
    }
}
