package org.wirewise.model.dns.sec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.wirewise.model.dns.DnsName;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.ResourceRecord;
import org.wirewise.model.dns.Zone;

/**
 * Signs a set of zones into a chain of trust, as a zone's signer does (RFC 4035 §2): each zone gets a KSK and a
 * ZSK, its DNSKEY RRset signed by the KSK, every other authoritative RRset by the ZSK, an NSEC chain in canonical
 * order, and its parent a DS for its KSK; the root's KSK's DS is the trust anchor. The root signs with RSA/SHA-256
 * 2048-bit keys as the real root does; the other zones with Ed25519. A {@link Fault} breaks one link on purpose.
 */
public final class SignedZones {

    /** What goes wrong, if anything. */
    public enum Fault {
        NONE,
        /** One bit of the RRSIG over the target RRset flipped: the signature no longer verifies. */
        BAD_SIGNATURE,
        /** The target RRset's RRSIG expired a day before the simulation starts. */
        EXPIRED_SIGNATURE,
        /** The parent's DS names a key the child no longer publishes (a KSK rollover the registrar missed). */
        DS_MISMATCH
    }

    /** The signed zones (same order as given), the root's trust anchor and every zone's keys. */
    public record Result(List<Zone> zones, List<Rdata.Ds> trustAnchor, Map<String, List<ZoneKey>> keys) {
    }

    /** How long signatures last around the start: a week before to two weeks after (the root's are 2–3 weeks). */
    public static final long VALID_BEFORE = 7 * 86_400L;
    public static final long VALID_AFTER = 14 * 86_400L;
    private static final long DNSKEY_TTL = 172_800;

    private SignedZones() {
    }

    /**
     * @param zones the zones, parents before children, the root first
     * @param startEpoch the wall-clock second at which the simulation starts
     * @param target the owner of the RRset a signature fault damages; for {@link Fault#DS_MISMATCH}, the zone whose DS is wrong
     */
    public static Result sign(List<Zone> zones, RandomGenerator random, long startEpoch, Fault fault, String target) {
        String faulty = DnsName.canonical(target);
        Map<String, List<ZoneKey>> keys = new LinkedHashMap<>();
        for (Zone z : zones) {
            String o = z.origin();
            keys.put(o, o.equals(DnsName.ROOT)
                    ? List.of(ZoneKey.rsa(o, 257, 2048, random), ZoneKey.rsa(o, 256, 2048, random))
                    : List.of(ZoneKey.ed25519(o, 257, random), ZoneKey.ed25519(o, 256, random)));
        }
        ZoneKey stale = ZoneKey.ed25519(faulty, 257, random); // the retired KSK a DS_MISMATCH's parent still names
        long inception = startEpoch - VALID_BEFORE;
        long expiration = startEpoch + VALID_AFTER;
        List<Zone> signed = new ArrayList<>();
        for (Zone z : zones) {
            List<ResourceRecord> records = new ArrayList<>(z.records());
            keys.get(z.origin()).forEach(k -> records.add(k.dnskeyRecord(DNSKEY_TTL)));
            for (Zone child : zones) {
                if (!child.origin().equals(z.origin()) && DnsName.parent(child.origin()).equals(z.origin())) {
                    ZoneKey ksk = fault == Fault.DS_MISMATCH && child.origin().equals(faulty) ? stale
                            : keys.get(child.origin()).get(0);
                    records.add(ResourceRecord.in(child.origin(), RecordType.DS, 86_400,
                            Dnssec.ds(child.origin(), ksk.dnskey(), Dnssec.SHA256)));
                }
            }
            records.addAll(nsecChain(z.origin(), records));
            List<ResourceRecord> sigs = new ArrayList<>();
            for (List<ResourceRecord> set : authoritativeSets(z.origin(), records)) {
                ResourceRecord first = set.get(0);
                ZoneKey key = keys.get(z.origin()).get(first.type() == RecordType.DNSKEY ? 0 : 1);
                boolean hit = first.name().equals(faulty) && first.type() != RecordType.NSEC
                        && first.type() != RecordType.DS && first.type() != RecordType.DNSKEY;
                long until = hit && fault == Fault.EXPIRED_SIGNATURE ? startEpoch - 86_400 : expiration;
                long from = hit && fault == Fault.EXPIRED_SIGNATURE ? until - VALID_AFTER : inception;
                ResourceRecord sig = key.sign(set, from, until);
                sigs.add(hit && fault == Fault.BAD_SIGNATURE ? flipped(sig) : sig);
            }
            records.addAll(sigs);
            signed.add(new Zone(z.origin(), records));
        }
        ZoneKey rootKsk = keys.get(DnsName.ROOT).get(0);
        return new Result(signed, List.of(Dnssec.ds(DnsName.ROOT, rootKsk.dnskey(), Dnssec.SHA256)), keys);
    }

    private static ResourceRecord flipped(ResourceRecord sig) {
        Rdata.Rrsig r = (Rdata.Rrsig) sig.data();
        byte[] bytes = r.signature();
        bytes[bytes.length / 2] ^= 0x01;
        return ResourceRecord.in(sig.name(), RecordType.RRSIG, sig.ttl(), r.withSignature(bytes));
    }

    /** Whether {@code name} is at or below a delegation cut of the zone (not its apex): the child's, not ours. */
    private static String cutAbove(String origin, String name, List<ResourceRecord> records) {
        for (String n = name; !n.equals(origin) && DnsName.isWithin(n, origin); n = DnsName.parent(n)) {
            String c = n;
            if (records.stream().anyMatch(r -> r.name().equals(c) && r.type() == RecordType.NS)) {
                return n;
            }
        }
        return null;
    }

    /**
     * The RRsets the zone signs: everything it is authoritative for, and the DS at its cuts; not the NS at a cut
     * nor glue below one, which are the child's (RFC 4035 §2.2).
     */
    private static List<List<ResourceRecord>> authoritativeSets(String origin, List<ResourceRecord> records) {
        Map<String, List<ResourceRecord>> sets = new LinkedHashMap<>();
        for (ResourceRecord r : records) {
            String cut = cutAbove(origin, r.name(), records);
            boolean ours = cut == null || (cut.equals(r.name()) && (r.type() == RecordType.DS || r.type() == RecordType.NSEC));
            if (ours && DnsName.isWithin(r.name(), origin)) {
                sets.computeIfAbsent(r.name() + " " + r.type(), k -> new ArrayList<>()).add(r);
            }
        }
        return new ArrayList<>(sets.values());
    }

    /** One NSEC per name the zone holds (cuts included, glue not), in canonical order, the last pointing at the apex. */
    private static List<ResourceRecord> nsecChain(String origin, List<ResourceRecord> records) {
        TreeMap<String, List<RecordType>> names = new TreeMap<>(DnsName.CANONICAL_ORDER);
        long ttl = 86_400;
        for (ResourceRecord r : records) {
            String cut = cutAbove(origin, r.name(), records);
            if (!DnsName.isWithin(r.name(), origin) || (cut != null && !cut.equals(r.name()))) {
                continue; // glue, or out of zone
            }
            if (cut != null && r.type() != RecordType.NS && r.type() != RecordType.DS) {
                continue;
            }
            names.computeIfAbsent(r.name(), k -> new ArrayList<>(List.of(RecordType.RRSIG, RecordType.NSEC)))
                    .add(r.type());
            if (r.type() == RecordType.SOA) {
                ttl = ((Rdata.Soa) r.data()).minimum(); // NSEC TTL: the SOA minimum (RFC 4035 §2.3)
            }
        }
        List<String> ordered = new ArrayList<>(names.keySet());
        List<ResourceRecord> out = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            String next = ordered.get((i + 1) % ordered.size());
            out.add(ResourceRecord.in(ordered.get(i), RecordType.NSEC, ttl, new Rdata.Nsec(next, names.get(ordered.get(i)))));
        }
        return out;
    }
}
