package org.wirewise.model.packet;

import java.util.ArrayList;
import java.util.List;

/**
 * DNS messages (RFC 1035 §4.1): the header, the questions and the answer, authority and additional
 * resource records, with names decompressed (§4.1.4) and the common record data decoded. Field
 * names follow Wireshark's ("Transaction ID", "Queries", "Time to live"); a name that is only the
 * root is "&lt;Root&gt;" as there.
 */
final class DnsDissector {

    static final String NAME = "Domain Name System";
    private static final int HEADER = 12;
    /** More pointers than this in one name is a loop (a name has at most 127 labels). */
    private static final int MAX_JUMPS = 128;

    private DnsDissector() {
    }

    static boolean overUdp(byte[] b, int off, int end, List<Field> layers) {
        if (end - off < HEADER) {
            return false;
        }
        layers.add(message(b, off, end, off, null));
        return true;
    }

    /** Over TCP each message has a two-byte length first (RFC 1035 §4.2.2). */
    static boolean overTcp(byte[] b, int off, int end, List<Field> layers) {
        if (end - off < 2 + HEADER) {
            return false;
        }
        int length = Wire.u16(b, off);
        Field prefix = Field.leaf("Length", Integer.toString(length), off, 2);
        layers.add(message(b, off + 2, Math.min(end, off + 2 + length), off, prefix));
        return true;
    }

    private static Field message(byte[] b, int msg, int end, int layerStart, Field prefix) {
        int flags = Wire.u16(b, msg + 2);
        boolean response = (flags & 0x8000) != 0;
        Layer dns = new Layer(NAME, layerStart);
        if (prefix != null) {
            dns.add(prefix);
        }
        int[] counts = {Wire.u16(b, msg + 4), Wire.u16(b, msg + 6), Wire.u16(b, msg + 8), Wire.u16(b, msg + 10)};
        dns.leaf("Transaction ID", Names.hex(Wire.u16(b, msg), 4), msg, 2)
                .add(flags(flags, msg + 2))
                .leaf("Questions", Integer.toString(counts[0]), msg + 4, 2)
                .leaf("Answer RRs", Integer.toString(counts[1]), msg + 6, 2)
                .leaf("Authority RRs", Integer.toString(counts[2]), msg + 8, 2)
                .leaf("Additional RRs", Integer.toString(counts[3]), msg + 10, 2);
        int at = msg + HEADER;
        String[] sections = {"Queries", "Answers", "Authoritative nameservers", "Additional records"};
        try {
            for (int s = 0; s < sections.length; s++) {
                if (counts[s] == 0) {
                    continue;
                }
                List<Field> entries = new ArrayList<>();
                int sectionStart = at;
                for (int i = 0; i < counts[s]; i++) {
                    Field entry = s == 0 ? question(b, msg, at, end) : record(b, msg, at, end);
                    entries.add(entry);
                    at = entry.end();
                }
                dns.add(new Field(sections[s], "", sectionStart, at - sectionStart, entries));
            }
        } catch (Truncated t) {
            dns.malformed(t.getMessage(), t.at, end);
            return new Field(NAME, response ? "response" : "query", layerStart, end - layerStart,
                    dns.build(end).children());
        }
        return new Field(NAME, response ? "response" : "query", layerStart, at - layerStart, dns.build(at).children());
    }

    private static Field flags(int f, int at) {
        boolean response = (f & 0x8000) != 0;
        int opcode = (f >> 11) & 0xF;
        int rcode = f & 0xF;
        String summary = (opcode == 0 ? "Standard query" : "Opcode " + opcode) + (response ? " response, "
                + rcode(rcode) : "");
        List<Field> bits = new ArrayList<>();
        bits.add(Field.leaf("Response", response ? "Message is a response" : "Message is a query", at, 2));
        bits.add(Field.leaf("Opcode", opcode == 0 ? "Standard query (0)" : Integer.toString(opcode), at, 2));
        if (response) {
            bits.add(Field.leaf("Authoritative", yes(f, 0x0400), at, 2));
        }
        bits.add(Field.leaf("Truncated", yes(f, 0x0200), at, 2));
        bits.add(Field.leaf("Recursion desired", yes(f, 0x0100), at, 2));
        if (response) {
            bits.add(Field.leaf("Recursion available", yes(f, 0x0080), at, 2));
        }
        bits.add(Field.leaf("Z", "reserved (" + ((f >> 6) & 1) + ")", at, 2));
        bits.add(Field.leaf(response ? "Answer authenticated" : "AD bit", yes(f, 0x0020), at, 2));
        bits.add(Field.leaf("Non-authenticated data", yes(f, 0x0010), at, 2));
        if (response) {
            bits.add(Field.leaf("Reply code", rcode(rcode) + " (" + rcode + ")", at, 2));
        }
        return new Field("Flags", Names.hex(f, 4) + " " + summary, at, 2, bits);
    }

    private static String yes(int flags, int bit) {
        return (flags & bit) != 0 ? "Set" : "Not set";
    }

    private static String rcode(int rcode) {
        return switch (rcode) {
            case 0 -> "No error";
            case 1 -> "Format error";
            case 2 -> "Server failure";
            case 3 -> "No such name";
            case 4 -> "Not implemented";
            case 5 -> "Refused";
            default -> "Reply code " + rcode;
        };
    }

    private static Field question(byte[] b, int msg, int at, int end) {
        Name name = name(b, msg, at, end);
        int p = name.end;
        need(p + 4, end, p, "question type and class");
        int type = Wire.u16(b, p);
        int klass = Wire.u16(b, p + 2);
        return new Field(name.text, "type " + typeName(type) + ", class " + className(klass), at, p + 4 - at, List.of(
                Field.leaf("Name", name.text, at, name.end - at),
                Field.leaf("Type", typeName(type) + " (" + type + ")", p, 2),
                Field.leaf("Class", className(klass) + " (" + Names.hex(klass, 4) + ")", p + 2, 2)));
    }

    private static Field record(byte[] b, int msg, int at, int end) {
        Name name = name(b, msg, at, end);
        int p = name.end;
        need(p + 10, end, p, "resource record header");
        int type = Wire.u16(b, p);
        int klass = Wire.u16(b, p + 2);
        long ttl = Wire.u32(b, p + 4);
        int length = Wire.u16(b, p + 8);
        int data = p + 10;
        need(data + length, end, data, "record data of " + length + " bytes");
        List<Field> fields = new ArrayList<>();
        fields.add(Field.leaf("Name", name.text, at, name.end - at));
        fields.add(Field.leaf("Type", typeName(type) + " (" + type + ")", p, 2));
        String summary;
        if (type == 41) {
            // OPT (RFC 6891 §6.1.2): the class is the sender's UDP payload size, the TTL its flags.
            fields.add(Field.leaf("UDP payload size", Integer.toString(klass), p + 2, 2));
            fields.add(Field.leaf("Higher bits in extended RCODE", Names.hex((int) (ttl >>> 24), 2), p + 4, 1));
            fields.add(Field.leaf("EDNS0 version", Long.toString((ttl >>> 16) & 0xFF), p + 5, 1));
            fields.add(Field.leaf("Z", Names.hex((int) (ttl & 0xFFFF), 4), p + 6, 2));
            summary = "type OPT";
        } else {
            fields.add(Field.leaf("Class", className(klass) + " (" + Names.hex(klass, 4) + ")", p + 2, 2));
            fields.add(Field.leaf("Time to live", Long.toString(ttl), p + 4, 4));
            summary = "type " + typeName(type) + ", class " + className(klass);
        }
        fields.add(Field.leaf("Data length", Integer.toString(length), p + 8, 2));
        List<Field> spread = type == 6 ? soa(b, msg, data, data + length) : type == 16 ? txt(b, data, length) : null;
        Field rdata = spread == null ? rdata(b, msg, type, data, length) : null;
        if (spread != null) {
            fields.addAll(spread);
            summary += ", " + spread.get(0).value();
        } else if (rdata != null) {
            fields.add(rdata);
            summary += ", " + rdata.name().toLowerCase(java.util.Locale.ROOT) + " " + rdata.value();
        } else if (length > 0) {
            fields.add(Field.leaf(type == 41 ? "Options" : "Data", Names.bytes(length), data, length));
        }
        return new Field(name.text, summary, at, data + length - at, fields);
    }

    /** The decoded record data of the common types, or null to show raw bytes. */
    private static Field rdata(byte[] b, int msg, int type, int at, int length) {
        int end = at + length;
        return switch (type) {
            case 1 -> length == 4 ? Field.leaf("Address", address(b, at, 4), at, 4) : null;
            case 28 -> length == 16 ? Field.leaf("AAAA Address", address(b, at, 16), at, 16) : null;
            case 2 -> Field.leaf("Name Server", name(b, msg, at, end).text, at, length);
            case 5 -> Field.leaf("CNAME", name(b, msg, at, end).text, at, length);
            case 12 -> Field.leaf("Domain Name", name(b, msg, at, end).text, at, length);
            case 15 -> length > 2 ? new Field("Mail Exchange", name(b, msg, at + 2, end).text, at, length, List.of(
                    Field.leaf("Preference", Integer.toString(Wire.u16(b, at)), at, 2))) : null;
            default -> null;
        };
    }

    /** SOA data (RFC 1035 §3.3.13) as Wireshark lays it out: two names, then five 32-bit numbers. */
    private static List<Field> soa(byte[] b, int msg, int at, int end) {
        Name mname = name(b, msg, at, end);
        Name rname = name(b, msg, mname.end, end);
        int p = rname.end;
        need(p + 20, end, p, "the SOA's five numbers");
        List<Field> out = new ArrayList<>();
        out.add(Field.leaf("Primary name server", mname.text, at, mname.end - at));
        out.add(Field.leaf("Responsible authority's mailbox", rname.text, mname.end, rname.end - mname.end));
        String[] names = {"Serial Number", "Refresh Interval", "Retry Interval", "Expire limit", "Minimum TTL"};
        for (int i = 0; i < names.length; i++) {
            out.add(Field.leaf(names[i], Long.toString(Wire.u32(b, p + 4 * i)), p + 4 * i, 4));
        }
        return out;
    }

    /** TXT data (RFC 1035 §3.3.14): length-prefixed character-strings, each a "TXT Length" and a "TXT". */
    private static List<Field> txt(byte[] b, int at, int length) {
        List<Field> out = new ArrayList<>();
        int p = at;
        while (p < at + length) {
            int n = b[p] & 0xFF;
            need(p + 1 + n, at + length, p, "a TXT string of " + n + " bytes");
            out.add(Field.leaf("TXT", new String(b, p + 1, n, java.nio.charset.StandardCharsets.ISO_8859_1), p, 1 + n));
            out.add(Field.leaf("TXT Length", Integer.toString(n), p, 1));
            p += 1 + n;
        }
        return out.isEmpty() ? null : out;
    }

    private static String address(byte[] b, int at, int length) {
        byte[] raw = java.util.Arrays.copyOfRange(b, at, at + length);
        return length == 16 ? Names.ipv6(raw)
                : (raw[0] & 0xFF) + "." + (raw[1] & 0xFF) + "." + (raw[2] & 0xFF) + "." + (raw[3] & 0xFF);
    }

    /** A name read at {@code at}: its text and where the name ends in place (after a pointer, 2 bytes on). */
    private record Name(String text, int end) {
    }

    /** RFC 1035 §3.1 labels and §4.1.4 pointers, which count from the start of the message. */
    private static Name name(byte[] b, int msg, int at, int end) {
        StringBuilder text = new StringBuilder();
        int p = at;
        int endInPlace = -1;
        for (int jumps = 0; ; ) {
            need(p + 1, end, p, "a name's label");
            int len = b[p] & 0xFF;
            if (len == 0) {
                p++;
                break;
            }
            if ((len & 0xC0) == 0xC0) {
                need(p + 2, end, p, "a name's pointer");
                if (endInPlace < 0) {
                    endInPlace = p + 2;
                }
                if (++jumps > MAX_JUMPS) {
                    throw new Truncated("name compression loops", p);
                }
                p = msg + (Wire.u16(b, p) & 0x3FFF);
                continue;
            }
            if ((len & 0xC0) != 0) {
                throw new Truncated("label type " + Names.hex(len & 0xC0, 2) + " is not defined", p);
            }
            need(p + 1 + len, end, p, "a label of " + len + " bytes");
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(new String(b, p + 1, len, java.nio.charset.StandardCharsets.ISO_8859_1));
            p += 1 + len;
        }
        return new Name(text.length() == 0 ? "<Root>" : text.toString(), endInPlace >= 0 ? endInPlace : p);
    }

    private static void need(int upTo, int end, int at, String what) {
        if (upTo > end) {
            throw new Truncated("message ends before " + what, at);
        }
    }

    /** The message ends (or points) where it must not; dissection stops with a Malformed field. */
    private static final class Truncated extends RuntimeException {
        private final int at;

        Truncated(String problem, int at) {
            super(problem, null, false, false);
            this.at = at;
        }
    }

    static String typeName(int type) {
        return switch (type) {
            case 1 -> "A";
            case 2 -> "NS";
            case 5 -> "CNAME";
            case 6 -> "SOA";
            case 12 -> "PTR";
            case 15 -> "MX";
            case 16 -> "TXT";
            case 28 -> "AAAA";
            case 33 -> "SRV";
            case 41 -> "OPT";
            case 65 -> "HTTPS";
            case 255 -> "ANY";
            default -> "Unknown";
        };
    }

    private static String className(int klass) {
        return switch (klass) {
            case 1 -> "IN";
            case 3 -> "CH";
            case 255 -> "ANY";
            default -> "Unknown";
        };
    }
}
