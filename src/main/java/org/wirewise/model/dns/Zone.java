package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;

/**
 * One zone's data as an authoritative server holds it (RFC 1034 §4.3.2's algorithm): answers,
 * CNAMEs followed within the zone, referrals with NS and glue for delegated names, and negative
 * answers carrying the SOA whose TTL is the smaller of its own and its minimum (RFC 2308 §3).
 */
public record Zone(String origin, List<ResourceRecord> records) {

    /** What the server puts in its response. */
    public record Answer(DnsMessage.Rcode rcode, boolean authoritative, List<ResourceRecord> answers,
                         List<ResourceRecord> authority, List<ResourceRecord> additional) {
    }

    public Zone {
        origin = DnsName.canonical(origin);
        records = List.copyOf(records);
    }

    public Answer lookup(DnsMessage.Question q) {
        String cut = delegation(q.name());
        if (cut != null && !(q.type() == RecordType.DS && cut.equals(q.name()))) {
            // (a DS lives on the parent's side of the cut: the parent answers for it, RFC 4035 §3.1.4.1)
            List<ResourceRecord> ns = find(cut, RecordType.NS);
            return new Answer(DnsMessage.Rcode.NOERROR, false, List.of(), ns, glue(ns));
        }
        List<ResourceRecord> answers = new ArrayList<>();
        String name = q.name();
        for (int hops = 0; hops < 8; hops++) {
            List<ResourceRecord> exact = find(name, q.type());
            if (!exact.isEmpty()) {
                answers.addAll(exact);
                return new Answer(DnsMessage.Rcode.NOERROR, true, answers, List.of(), List.of());
            }
            List<ResourceRecord> cname = find(name, RecordType.CNAME);
            if (cname.isEmpty()) {
                break;
            }
            answers.addAll(cname);
            name = ((Rdata.Target) cname.get(0).data()).name();
            if (!DnsName.isWithin(name, origin)) {
                // the target lives in another zone: the resolver follows it there
                return new Answer(DnsMessage.Rcode.NOERROR, true, answers, List.of(), List.of());
            }
        }
        if (!answers.isEmpty()) {
            return new Answer(DnsMessage.Rcode.NOERROR, true, answers, List.of(), List.of());
        }
        boolean exists = records.stream().anyMatch(r -> DnsName.isWithin(r.name(), q.name()));
        return new Answer(exists ? DnsMessage.Rcode.NOERROR : DnsMessage.Rcode.NXDOMAIN, true, List.of(),
                List.of(negativeSoa()), List.of());
    }

    /** The SOA for a negative answer, its TTL min(SOA TTL, SOA minimum) (RFC 2308 §3). */
    public ResourceRecord negativeSoa() {
        ResourceRecord soa = find(origin, RecordType.SOA).get(0);
        return soa.withTtl(Math.min(soa.ttl(), ((Rdata.Soa) soa.data()).minimum()));
    }

    /** The highest name strictly below the origin, at or above {@code name}, that has NS records here. */
    private String delegation(String name) {
        List<String> chain = new ArrayList<>();
        for (String n = name; !n.equals(origin) && DnsName.isWithin(n, origin); n = DnsName.parent(n)) {
            chain.add(0, n);
            if (n.equals(DnsName.ROOT)) {
                break;
            }
        }
        for (String n : chain) {
            if (!find(n, RecordType.NS).isEmpty()) {
                return n;
            }
        }
        return null;
    }

    private List<ResourceRecord> glue(List<ResourceRecord> ns) {
        List<ResourceRecord> out = new ArrayList<>();
        for (ResourceRecord r : ns) {
            String host = ((Rdata.Target) r.data()).name();
            out.addAll(find(host, RecordType.A));
            out.addAll(find(host, RecordType.AAAA));
        }
        return out;
    }

    /** {@link #lookup} with, when the asker set DO, the RRSIGs, DS and NSEC records a signed zone adds (RFC 4035 §3.1). */
    public Answer lookup(DnsMessage.Question q, boolean dnssecOk) {
        Answer a = lookup(q);
        return dnssecOk ? ZoneSignatures.add(this, q, a) : a;
    }

    /** The RRSIGs at {@code name} that cover its {@code type} RRset. */
    public List<ResourceRecord> signatures(String name, RecordType type) {
        return records.stream().filter(r -> r.name().equals(name) && r.type() == RecordType.RRSIG
                && ((Rdata.Rrsig) r.data()).typeCovered() == type).toList();
    }

    /** The records of {@code type} at {@code name}; for ANY all of them, as servers answered before RFC 8482. */
    public List<ResourceRecord> find(String name, RecordType type) {
        return records.stream().filter(r -> r.name().equals(name) && (r.type() == type || type == RecordType.ANY))
                .toList();
    }
}
