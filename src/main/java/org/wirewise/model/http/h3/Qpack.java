package org.wirewise.model.http.h3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * QPACK field sections with the static table only (RFC 9204): this end announces a dynamic table
 * capacity of 0, so every section starts with Required Insert Count 0 and Base 0 (§4.5.1) and no
 * encoder or decoder stream is needed. Each field becomes an indexed line when the static table
 * has it whole (§4.5.2), a literal with a static name reference when it has the name (§4.5.4), or
 * a literal with a literal name (§4.5.6); strings are sent without Huffman coding.
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

    private Qpack() {
    }

    public static Encoded encode(List<FieldLine> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0); // Required Insert Count = 0
        out.write(0); // S = 0, Delta Base = 0
        List<String> choices = new ArrayList<>();
        for (FieldLine f : fields) {
            OptionalInt exact = QpackStaticTable.exact(f.name(), f.value());
            OptionalInt name = QpackStaticTable.name(f.name());
            if (exact.isPresent()) {
                integer(out, 0xC0, 6, exact.getAsInt()); // 1, T=1 (static), index
                choices.add(f.name() + ": indexed, static entry " + exact.getAsInt() + " (1 byte)");
            } else if (name.isPresent()) {
                int before = out.size();
                integer(out, 0x50, 4, name.getAsInt()); // 01, N=0, T=1, name index
                string(out, 7, f.value());
                choices.add(f.name() + ": literal value, name from static entry " + name.getAsInt() + " (" + (out.size() - before) + " bytes)");
            } else {
                int before = out.size();
                byte[] n = f.name().getBytes(StandardCharsets.US_ASCII);
                integer(out, 0x20, 3, n.length); // 001, N=0, H=0, name length
                out.writeBytes(n);
                string(out, 7, f.value());
                choices.add(f.name() + ": literal name and value (" + (out.size() - before) + " bytes)");
            }
        }
        return new Encoded(out.toByteArray(), choices);
    }

    /** The field lines of a section; a dynamic table reference or a Huffman string is refused (this decoder allows neither). */
    public static List<FieldLine> decode(byte[] section) {
        int[] at = {0};
        if (integer(section, at, 8) != 0) {
            throw new H3Exception(H3Exception.QPACK_DECOMPRESSION_FAILED, "a Required Insert Count above 0: the dynamic table's capacity is 0 here");
        }
        integer(section, at, 7);
        List<FieldLine> out = new ArrayList<>();
        while (at[0] < section.length) {
            int b = section[at[0]] & 0xFF;
            if ((b & 0x80) != 0) {
                requireStatic((b & 0x40) != 0);
                QpackStaticTable.Entry e = entry(integer(section, at, 6));
                out.add(new FieldLine(e.name(), e.value()));
            } else if ((b & 0x40) != 0) {
                requireStatic((b & 0x10) != 0);
                QpackStaticTable.Entry e = entry(integer(section, at, 4));
                out.add(new FieldLine(e.name(), string(section, at, 7)));
            } else if ((b & 0x20) != 0) {
                String name = string(section, at, 3);
                out.add(new FieldLine(name, string(section, at, 7)));
            } else {
                throw new H3Exception(H3Exception.QPACK_DECOMPRESSION_FAILED, "a post-base reference to a dynamic table of capacity 0");
            }
        }
        return out;
    }

    private static void requireStatic(boolean staticTable) {
        if (!staticTable) {
            throw new H3Exception(H3Exception.QPACK_DECOMPRESSION_FAILED, "a dynamic table reference: the capacity is 0 here");
        }
    }

    private static QpackStaticTable.Entry entry(long index) {
        if (index >= QpackStaticTable.ENTRIES.size()) {
            throw new H3Exception(H3Exception.QPACK_DECOMPRESSION_FAILED, "static index " + index + " is past the table's 99 entries");
        }
        return QpackStaticTable.ENTRIES.get((int) index);
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

    static long integer(byte[] in, int[] at, int prefix) {
        need(in, at[0], 1);
        int max = (1 << prefix) - 1;
        long value = in[at[0]++] & max;
        if (value < max) {
            return value;
        }
        for (int shift = 0; ; shift += 7) {
            need(in, at[0], 1);
            int b = in[at[0]++] & 0xFF;
            if (shift > 56) {
                throw new H3Exception(H3Exception.QPACK_DECOMPRESSION_FAILED, "an integer too large");
            }
            value += (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    private static void string(ByteArrayOutputStream out, int prefix, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        integer(out, 0, prefix, b.length); // H = 0: no Huffman
        out.writeBytes(b);
    }

    private static String string(byte[] in, int[] at, int prefix) {
        need(in, at[0], 1);
        if ((in[at[0]] & (1 << prefix)) != 0) {
            throw new H3Exception(H3Exception.QPACK_DECOMPRESSION_FAILED, "a Huffman-coded string: this decoder reads literal strings only");
        }
        long n = integer(in, at, prefix);
        need(in, at[0], n);
        String s = new String(in, at[0], (int) n, StandardCharsets.UTF_8);
        at[0] += (int) n;
        return s;
    }

    private static void need(byte[] in, int at, long n) {
        if (at + n > in.length) {
            throw new H3Exception(H3Exception.QPACK_DECOMPRESSION_FAILED, "a field section cut short");
        }
    }
}
