package org.wirewise.model.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bytes to a {@link DnsMessage} (RFC 1035 §4.1). Every read is bounds-checked first; a name's
 * compression pointer must point before the label it replaces (so a loop cannot form) and inside
 * the message; anything else is a {@link DnsFormatException} saying what is wrong, never a crash.
 */
public final class DnsReader {

    private static final int HEADER = 12;

    private final byte[] b;

    private DnsReader(byte[] bytes) {
        this.b = bytes.clone();
    }

    public static DnsMessage decode(byte[] bytes) throws DnsFormatException {
        return new DnsReader(bytes).message();
    }

    /** A message as read from TCP: two length bytes, then exactly that many (RFC 1035 §4.2.2). */
    public static DnsMessage decodeFromTcp(byte[] framed) throws DnsFormatException {
        if (framed.length < 2) {
            throw new DnsFormatException("a TCP DNS message starts with a two-byte length", 0);
        }
        int length = (framed[0] & 0xFF) << 8 | framed[1] & 0xFF;
        if (framed.length - 2 < length) {
            throw new DnsFormatException("the length says " + length + " bytes, " + (framed.length - 2) + " follow", 0);
        }
        return decode(Arrays.copyOfRange(framed, 2, 2 + length));
    }

    private DnsMessage message() throws DnsFormatException {
        need(0, HEADER, "the 12-byte header");
        int flags = u16(2);
        int rcode = flags & 0xF;
        DnsMessage.Rcode rc = DnsMessage.Rcode.of(rcode).orElseThrow(() ->
                new DnsFormatException("reply code " + rcode + " is not one this model reads", 3));
        int[] counts = {u16(4), u16(6), u16(8), u16(10)};
        int[] at = {HEADER};
        List<DnsMessage.Question> questions = new ArrayList<>();
        for (int i = 0; i < counts[0]; i++) {
            String name = name(at);
            need(at[0], 4, "the question's type and class");
            questions.add(new DnsMessage.Question(name, type(u16(at[0]), at[0])));
            at[0] += 4;
        }
        List<List<ResourceRecord>> sections = new ArrayList<>();
        for (int s = 1; s < 4; s++) {
            List<ResourceRecord> records = new ArrayList<>();
            for (int i = 0; i < counts[s]; i++) {
                records.add(record(at));
            }
            sections.add(records);
        }
        if (at[0] != b.length) {
            throw new DnsFormatException((b.length - at[0]) + " bytes follow the last record", at[0]);
        }
        return new DnsMessage(u16(0), (flags & 0x8000) != 0, (flags >> 11) & 0xF, (flags & 0x0400) != 0,
                (flags & 0x0200) != 0, (flags & 0x0100) != 0, (flags & 0x0080) != 0, (flags & 0x0020) != 0, rc, questions,
                sections.get(0), sections.get(1), sections.get(2));
    }

    private ResourceRecord record(int[] at) throws DnsFormatException {
        String name = name(at);
        int p = at[0];
        need(p, 10, "a record's type, class, TTL and length");
        RecordType type = type(u16(p), p);
        int klass = u16(p + 2);
        long ttl = (long) u16(p + 4) << 16 | u16(p + 6);
        int length = u16(p + 8);
        int data = p + 10;
        need(data, length, "record data of " + length + " bytes");
        int[] d = {data};
        Rdata rdata = switch (type) {
            case A, AAAA -> address(data, length, type == RecordType.A ? 4 : 16);
            case NS, CNAME -> new Rdata.Target(name(d));
            case MX -> {
                need(data, 2, "the MX preference");
                d[0] += 2;
                yield new Rdata.Mx(u16(data), name(d));
            }
            case TXT -> txt(data, length);
            case SOA -> {
                String mname = name(d);
                String rname = name(d);
                need(d[0], 20, "the SOA's five numbers");
                int q = d[0];
                d[0] += 20;
                yield new Rdata.Soa(mname, rname, u32(q), u32(q + 4), u32(q + 8), u32(q + 12), u32(q + 16));
            }
            case OPT -> new Rdata.Empty();
            case ANY -> throw new DnsFormatException("ANY is a question's type, never a record's", p);
            case DNSKEY, DS, RRSIG, NSEC -> new DnssecReader(this).rdata(type, data, length);
        };
        int used = switch (type) {
            case A, AAAA, TXT, OPT, DNSKEY, DS, RRSIG, NSEC -> length; // read to their end, or refused
            default -> d[0] - data;
        };
        if (used != length) {
            throw new DnsFormatException("the data length says " + length + " bytes, the " + type + " data uses "
                    + used, p + 8);
        }
        at[0] = data + length;
        return new ResourceRecord(name, type, klass, ttl, rdata);
    }

    /** The bytes from {@code from} to {@code to}, a copy. */
    byte[] bytes(int from, int to) {
        return Arrays.copyOfRange(b, from, to);
    }

    int u8(int i) {
        return b[i] & 0xFF;
    }

    private Rdata address(int at, int length, int expected) throws DnsFormatException {
        if (length != expected) {
            throw new DnsFormatException("an address record holds " + expected + " bytes, not " + length, at);
        }
        try {
            return new Rdata.Address(InetAddress.getByAddress(Arrays.copyOfRange(b, at, at + length)));
        } catch (UnknownHostException e) {
            throw new DnsFormatException("not an address", at);
        }
    }

    private Rdata txt(int at, int length) throws DnsFormatException {
        List<String> strings = new ArrayList<>();
        int p = at;
        while (p < at + length) {
            int n = b[p] & 0xFF;
            if (p + 1 + n > at + length) {
                throw new DnsFormatException("a TXT string runs past its record", p);
            }
            strings.add(new String(b, p + 1, n, StandardCharsets.ISO_8859_1));
            p += 1 + n;
        }
        return new Rdata.Txt(strings);
    }

    /** Reads a name at {@code at[0]}, leaving {@code at[0]} after it in place. */
    String name(int[] at) throws DnsFormatException {
        StringBuilder text = new StringBuilder();
        int p = at[0];
        int end = -1;
        int wire = 1;
        while (true) {
            need(p, 1, "a name's label");
            int len = b[p] & 0xFF;
            if (len == 0) {
                p++;
                break;
            }
            if ((len & 0xC0) == 0xC0) {
                need(p, 2, "a compression pointer");
                int target = u16(p) & 0x3FFF;
                if (target >= p) {
                    // only earlier bytes may be pointed at: a forward or self pointer could loop
                    throw new DnsFormatException("a compression pointer to " + target
                            + " does not point before itself (a loop)", p);
                }
                if (end < 0) {
                    end = p + 2;
                }
                p = target;
                continue;
            }
            if ((len & 0xC0) != 0) {
                throw new DnsFormatException("label type " + (len & 0xC0) + " is not defined", p);
            }
            need(p + 1, len, "a label of " + len + " bytes");
            wire += 1 + len;
            if (wire > 255) {
                throw new DnsFormatException("the name is longer than 255 bytes", p);
            }
            text.append(new String(b, p + 1, len, StandardCharsets.ISO_8859_1)).append('.');
            p += 1 + len;
        }
        at[0] = end >= 0 ? end : p;
        try {
            return DnsName.canonical(text.length() == 0 ? DnsName.ROOT : text.toString());
        } catch (IllegalArgumentException e) {
            throw new DnsFormatException(e.getMessage(), at[0]);
        }
    }

    RecordType type(int code, int at) throws DnsFormatException {
        return RecordType.of(code).orElseThrow(() ->
                new DnsFormatException("record type " + code + " is not one this model reads", at));
    }

    void need(int at, int count, String what) throws DnsFormatException {
        if (at + count > b.length) {
            throw new DnsFormatException("the message ends before " + what, at);
        }
    }

    int u16(int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    long u32(int i) {
        return (long) u16(i) << 16 | u16(i + 2);
    }
}
