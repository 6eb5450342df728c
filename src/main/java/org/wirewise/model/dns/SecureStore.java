package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirewise.model.sim.SimTime;

/**
 * What a validating resolver keeps beside its cache: each zone's DNSKEY RRset and each child's DS RRset, with
 * their RRSIGs, for their TTLs; and which RRsets it has found secure (so a cached answer keeps its AD bit).
 */
final class SecureStore {

    private record Held(Validation.SignedSet set, long expiresAt) {
    }

    private final Map<String, Held> keys = new HashMap<>();
    private final Map<String, Held> delegations = new HashMap<>();
    private final Set<String> secure = new HashSet<>();

    /** The records of {@code records} that are not DNSSEC's own (RRSIG, NSEC): what a plain cache and asker get. */
    static List<ResourceRecord> plain(List<ResourceRecord> records) {
        return records.stream().filter(r -> r.type() != RecordType.RRSIG && r.type() != RecordType.NSEC).toList();
    }

    Optional<Validation.SignedSet> keys(String zone, long now) {
        Held h = keys.get(zone);
        return h == null || h.expiresAt <= now ? Optional.empty() : Optional.of(h.set);
    }

    void putKeys(String zone, List<ResourceRecord> answer, long now) {
        Validation.SignedSet set = Validation.SignedSet.of(answer, zone, RecordType.DNSKEY);
        keys.put(DnsName.canonical(zone), new Held(set, now + life(set)));
    }

    /** A referral's DS RRset for the zone it delegates, if it carried one (RFC 4035 §3.1.4). */
    void putDelegation(List<ResourceRecord> authority, long now) {
        authority.stream().filter(r -> r.type() == RecordType.NS).findFirst().ifPresent(ns -> {
            Validation.SignedSet set = Validation.SignedSet.of(authority, ns.name(), RecordType.DS);
            delegations.put(ns.name(), new Held(set, now + life(set)));
        });
    }

    private static long life(Validation.SignedSet set) {
        return SimTime.seconds(set.records().stream().mapToLong(ResourceRecord::ttl).min().orElse(0));
    }

    /** The zones from the root down to the answer's, each with its DS (from the parent) and DNSKEY set. */
    Validation.Evidence evidence(DnsMessage.Question q, DnsMessage.Rcode rcode, List<Validation.SignedSet> answer,
                                 List<Validation.SignedSet> denial, long now) {
        List<String> zones = new ArrayList<>(keys.keySet().stream()
                .filter(z -> DnsName.isWithin(q.name(), z) && keys(z, now).isPresent())
                .sorted(Comparator.comparingInt(z -> DnsName.labels(z).size())).toList());
        List<Validation.ZoneKeys> chain = new ArrayList<>();
        for (String z : zones) {
            Held ds = delegations.get(z);
            chain.add(new Validation.ZoneKeys(z, z.equals(DnsName.ROOT) || ds == null || ds.expiresAt <= now
                    ? Optional.empty() : Optional.of(ds.set), keys.get(z).set));
        }
        return new Validation.Evidence(q, rcode, chain, answer, denial);
    }

    void markSecure(List<ResourceRecord> records) {
        records.forEach(r -> secure.add(r.name() + " " + r.type()));
    }

    boolean isSecure(List<ResourceRecord> records) {
        return !records.isEmpty() && records.stream().allMatch(r -> secure.contains(r.name() + " " + r.type()));
    }
}
