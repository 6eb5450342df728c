package org.wirewise.model.dns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DNS messages to bytes (RFC 1035 §4.1) with name compression (§4.1.4): each name, and each name
 * inside NS, CNAME, MX and SOA data, ends in a pointer to the first place its longest known suffix
 * was written. Reading is {@link DnsReader}.
 */
public final class DnsWire {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /** Suffix (canonical name) → the offset where it was first written; pointers reach 14 bits. */
    private final Map<String, Integer> written = new HashMap<>();

    /** Off for canonical forms (RFC 4034 §6.2), which compress nothing. */
    private final boolean compress;

    private DnsWire(boolean compress) {
        this.compress = compress;
    }

    public static byte[] encode(DnsMessage m) {
        DnsWire w = new DnsWire(true);
        w.u16(m.id());
        int flags = (m.response() ? 0x8000 : 0) | (m.opcode() & 0xF) << 11 | (m.authoritative() ? 0x0400 : 0)
                | (m.truncated() ? 0x0200 : 0) | (m.recursionDesired() ? 0x0100 : 0)
                | (m.recursionAvailable() ? 0x0080 : 0) | (m.authenticData() ? 0x0020 : 0) | m.rcode().code();
        w.u16(flags);
        w.u16(m.questions().size());
        w.u16(m.answers().size());
        w.u16(m.authority().size());
        w.u16(m.additional().size());
        for (DnsMessage.Question q : m.questions()) {
            w.name(q.name());
            w.u16(q.type().code());
            w.u16(ResourceRecord.IN);
        }
        for (List<ResourceRecord> section : List.of(m.answers(), m.authority(), m.additional())) {
            section.forEach(w::record);
        }
        return w.out.toByteArray();
    }

    /** With the two-byte length first, as over TCP (RFC 1035 §4.2.2, RFC 7766 §8). */
    public static byte[] encodeForTcp(DnsMessage m) {
        byte[] msg = encode(m);
        byte[] framed = new byte[msg.length + 2];
        framed[0] = (byte) (msg.length >> 8);
        framed[1] = (byte) msg.length;
        System.arraycopy(msg, 0, framed, 2, msg.length);
        return framed;
    }

    /**
     * The data of {@code data} in canonical form (RFC 4034 §6.2): no name compressed, every name lower case
     * (this model's names always are). What a signature covers and a DS digests.
     */
    public static byte[] canonicalRdata(Rdata data) {
        DnsWire w = new DnsWire(false);
        w.rdata(data);
        return w.out.toByteArray();
    }

    /** A name in canonical wire form: its labels, uncompressed, lower case, ending in the root's zero. */
    public static byte[] canonicalName(String name) {
        DnsWire w = new DnsWire(false);
        w.name(DnsName.canonical(name));
        return w.out.toByteArray();
    }

    private void record(ResourceRecord r) {
        name(r.name());
        u16(r.type().code());
        u16(r.klass());
        u32(r.ttl());
        int lengthAt = out.size();
        u16(0);
        rdata(r.data());
        int length = out.size() - lengthAt - 2;
        byte[] sofar = out.toByteArray();
        sofar[lengthAt] = (byte) (length >> 8);
        sofar[lengthAt + 1] = (byte) length;
        out.reset();
        out.writeBytes(sofar);
    }

    private void rdata(Rdata data) {
        if (data instanceof Rdata.Address a) {
            out.writeBytes(a.address().getAddress());
        } else if (data instanceof Rdata.Target t) {
            name(t.name());
        } else if (data instanceof Rdata.Mx mx) {
            u16(mx.preference());
            name(mx.exchange());
        } else if (data instanceof Rdata.Txt txt) {
            for (String s : txt.strings()) {
                byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
                out.write(bytes.length);
                out.writeBytes(bytes);
            }
        } else if (data instanceof Rdata.Soa soa) {
            name(soa.mname());
            name(soa.rname());
            for (long v : new long[] {soa.serial(), soa.refresh(), soa.retry(), soa.expire(), soa.minimum()}) {
                u32(v);
            }
        } else {
            dnssecRdata(data);
        }
    }

    /** DNSSEC's types; their names are never compressed (RFC 4034 §3.1.7, §4.1.1; RFC 3597 §4). */
    private void dnssecRdata(Rdata data) {
        if (data instanceof Rdata.Dnskey k) {
            u16(k.flags());
            out.write(k.protocol());
            out.write(k.algorithm());
            out.writeBytes(k.publicKey());
        } else if (data instanceof Rdata.Ds ds) {
            u16(ds.keyTag());
            out.write(ds.algorithm());
            out.write(ds.digestType());
            out.writeBytes(ds.digest());
        } else if (data instanceof Rdata.Rrsig sig) {
            out.writeBytes(rrsigFields(sig));
            out.writeBytes(sig.signature());
        } else if (data instanceof Rdata.Nsec nsec) {
            out.writeBytes(canonicalName(nsec.next()));
            out.writeBytes(typeBitmap(nsec.types()));
        }
    }

    /** An RRSIG's data up to its signature: the first part of what the signature covers (RFC 4034 §3.1.8.1). */
    public static byte[] rrsigFields(Rdata.Rrsig sig) {
        DnsWire w = new DnsWire(false);
        w.u16(sig.typeCovered().code());
        w.out.write(sig.algorithm());
        w.out.write(sig.labels());
        w.u32(sig.originalTtl());
        w.u32(sig.expiration());
        w.u32(sig.inception());
        w.u16(sig.keyTag());
        w.name(sig.signer());
        return w.out.toByteArray();
    }

    /** NSEC's type bit maps (RFC 4034 §4.1.2): per window of 256 types, its number, length and bits, MSB first. */
    static byte[] typeBitmap(List<RecordType> types) {
        java.util.TreeMap<Integer, byte[]> windows = new java.util.TreeMap<>();
        for (RecordType t : types) {
            byte[] bits = windows.computeIfAbsent(t.code() >> 8, k -> new byte[32]);
            bits[(t.code() & 0xFF) / 8] |= (byte) (0x80 >> (t.code() % 8));
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        windows.forEach((window, bits) -> {
            int length = 32;
            while (length > 0 && bits[length - 1] == 0) {
                length--;
            }
            b.write(window);
            b.write(length);
            b.write(bits, 0, length);
        });
        return b.toByteArray();
    }

    private void name(String canonical) {
        List<String> labels = DnsName.labels(canonical);
        for (int i = 0; i < labels.size(); i++) {
            String suffix = String.join(".", labels.subList(i, labels.size())) + ".";
            Integer at = compress ? written.get(suffix) : null;
            if (at != null) {
                u16(0xC000 | at);
                return;
            }
            if (out.size() < 0x4000) {
                written.put(suffix, out.size());
            }
            byte[] label = labels.get(i).getBytes(StandardCharsets.ISO_8859_1);
            out.write(label.length);
            out.writeBytes(label);
        }
        out.write(0);
    }

    private void u16(int v) {
        out.write(v >> 8);
        out.write(v);
    }

    private void u32(long v) {
        u16((int) (v >>> 16) & 0xFFFF);
        u16((int) v & 0xFFFF);
    }
}
