package org.wirewise.model.dns.sec;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import org.wirewise.model.dns.DnsName;
import org.wirewise.model.dns.DnsWire;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.ResourceRecord;

/**
 * The arithmetic DNSSEC is built from (RFC 4034): key tags (Appendix B), DS digests (§5.1.4), the label count
 * (§3.1.3), the canonical order of an RRset's records (§6.3; names' order is {@link DnsName#CANONICAL_ORDER}),
 * and the exact bytes a signature covers (§3.1.8.1).
 */
public final class Dnssec {

    /** DS digest types (IANA): SHA-1 (RFC 4034 §5.1.3; RFC 4034's own example uses it) and SHA-256 (RFC 4509). */
    public static final int SHA1 = 1;
    public static final int SHA256 = 2;

    private Dnssec() {
    }

    /** RFC 4034 Appendix B: the data summed as 16-bit words, the carry folded in once, the low 16 bits. */
    public static int keyTag(Rdata.Dnskey key) {
        byte[] rdata = DnsWire.canonicalRdata(key);
        long acc = 0;
        for (int i = 0; i < rdata.length; i++) {
            acc += (i & 1) == 0 ? (rdata[i] & 0xFF) << 8 : rdata[i] & 0xFF;
        }
        acc += (acc >> 16) & 0xFFFF;
        return (int) (acc & 0xFFFF);
    }

    /** The DS a parent publishes for {@code key} at {@code owner}: digest(owner name | DNSKEY data) (RFC 4034 §5.1.4). */
    public static Rdata.Ds ds(String owner, Rdata.Dnskey key, int digestType) {
        MessageDigest md = digest(digestType);
        md.update(DnsWire.canonicalName(owner));
        md.update(DnsWire.canonicalRdata(key));
        return new Rdata.Ds(keyTag(key), key.algorithm(), digestType, md.digest());
    }

    /** Whether {@code ds} is the digest of {@code key} at {@code owner} (same tag, algorithm and digest). */
    public static boolean matches(Rdata.Ds ds, String owner, Rdata.Dnskey key) {
        if (ds.digestType() != SHA1 && ds.digestType() != SHA256) {
            return false;
        }
        return ds.equals(ds(owner, key, ds.digestType()));
    }

    private static MessageDigest digest(int digestType) {
        try {
            return MessageDigest.getInstance(switch (digestType) {
                case SHA1 -> "SHA-1";
                case SHA256 -> "SHA-256";
                default -> throw new IllegalArgumentException("DS digest type " + digestType + " is not 1 or 2");
            });
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1 and SHA-256", e);
        }
    }

    /** The RRSIG Labels field: the owner's labels, the root and a leading wildcard not counted (RFC 4034 §3.1.3). */
    public static int labels(String owner) {
        List<String> labels = DnsName.labels(DnsName.canonical(owner));
        return !labels.isEmpty() && labels.get(0).equals("*") ? labels.size() - 1 : labels.size();
    }

    /**
     * What an RRSIG's signature covers (RFC 4034 §3.1.8.1): its own fields up to the signature, then each record
     * of the RRset in canonical form (§6.2) with the RRSIG's original TTL, in canonical order (§6.3), duplicates once.
     */
    public static byte[] signedData(Rdata.Rrsig sig, List<ResourceRecord> rrset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(DnsWire.rrsigFields(sig));
        List<byte[]> datas = rrset.stream().map(r -> DnsWire.canonicalRdata(r.data()))
                .sorted(Arrays::compareUnsigned).toList();
        byte[] previous = null;
        for (byte[] data : datas) {
            if (previous != null && Arrays.equals(previous, data)) {
                continue;
            }
            previous = data;
            ResourceRecord first = rrset.get(0);
            out.writeBytes(DnsWire.canonicalName(first.name()));
            u16(out, first.type().code());
            u16(out, first.klass());
            u16(out, (int) (sig.originalTtl() >>> 16));
            u16(out, (int) sig.originalTtl() & 0xFFFF);
            u16(out, data.length);
            out.writeBytes(data);
        }
        return out.toByteArray();
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v >> 8);
        out.write(v);
    }
}
