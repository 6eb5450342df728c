package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a signed zone's server adds to an answer when the query's DO bit asks for DNSSEC (RFC 4035 §3.1): the
 * RRSIGs over every RRset it returns (§3.1.1), a referral's DS RRset and its RRSIG (§3.1.4), and for a name or
 * type that does not exist the NSEC records that prove it, signed (§3.1.3). An unsigned zone adds nothing.
 */
final class ZoneSignatures {

    private ZoneSignatures() {
    }

    static Zone.Answer add(Zone zone, DnsMessage.Question q, Zone.Answer a) {
        List<ResourceRecord> authority = new ArrayList<>(a.authority());
        if (!a.authoritative()) {
            // a referral: the child's NS are the child's to sign (RFC 4034 §2.2 puts no RRSIG on them); the DS is ours
            authority.addAll(signed(zone, zone.find(a.authority().get(0).name(), RecordType.DS)));
            return new Zone.Answer(a.rcode(), false, a.answers(), authority, a.additional());
        }
        if (a.answers().isEmpty()) {
            authority.addAll(denial(zone, q, a.rcode()));
        }
        return new Zone.Answer(a.rcode(), true, signed(zone, a.answers()), signed(zone, authority), a.additional());
    }

    private static List<ResourceRecord> signed(Zone zone, List<ResourceRecord> records) {
        List<ResourceRecord> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (ResourceRecord r : records) {
            out.add(r);
            boolean lastOfSet = records.stream().skip(records.indexOf(r) + 1L)
                    .noneMatch(x -> x.name().equals(r.name()) && x.type() == r.type());
            if (lastOfSet && done.add(r.name() + " " + r.type())) {
                out.addAll(zone.signatures(r.name(), r.type()));
            }
        }
        return out;
    }

    /**
     * The NSEC records that deny {@code q}: for NODATA the name's own NSEC (its type list lacks the type); for
     * NXDOMAIN the NSEC whose span covers the name and the one covering the wildcard that could have matched
     * (RFC 4035 §3.1.3.2), once each.
     */
    private static List<ResourceRecord> denial(Zone zone, DnsMessage.Question q, DnsMessage.Rcode rcode) {
        List<ResourceRecord> nsecs = zone.records().stream().filter(r -> r.type() == RecordType.NSEC).toList();
        if (nsecs.isEmpty()) {
            return List.of();
        }
        Set<ResourceRecord> proof = new LinkedHashSet<>();
        if (rcode == DnsMessage.Rcode.NXDOMAIN) {
            covering(nsecs, q.name()).ifPresent(proof::add);
            covering(nsecs, "*." + closestEncloser(zone, q.name())).ifPresent(proof::add);
        } else {
            nsecs.stream().filter(n -> n.name().equals(q.name())).findFirst().ifPresent(proof::add);
        }
        return new ArrayList<>(proof);
    }

    /** The NSEC whose owner sorts before {@code name} and whose next name after it (the last one wraps to the apex). */
    static Optional<ResourceRecord> covering(List<ResourceRecord> nsecs, String name) {
        return nsecs.stream().filter(n -> ((Rdata.Nsec) n.data()).covers(n.name(), name)).findFirst();
    }

    /** The longest ancestor of {@code name} that exists in the zone (RFC 5155 §1.3's "closest encloser"). */
    private static String closestEncloser(Zone zone, String name) {
        for (String n = DnsName.parent(name); ; n = DnsName.parent(n)) {
            String candidate = n;
            if (n.equals(zone.origin()) || n.equals(DnsName.ROOT) || zone.records().stream().anyMatch(r -> DnsName.isWithin(r.name(), candidate))) {
                return n;
            }
        }
    }
}
