package org.wirewise.model.dns.sec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsName;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.ResourceRecord;
import org.wirewise.model.dns.Validation;
import org.wirewise.model.dns.Verdict;
import org.wirewise.model.dns.Verdict.Outcome;
import org.wirewise.model.dns.Verdict.Step;

/**
 * A validator (RFC 4035 §5): from the root's trust anchor down, each zone's DNSKEY RRset must be signed by a key
 * that the anchor or the parent's signed DS vouches for, and every RRset of the answer, or of its denial, by a
 * key of its zone. Times are compared as plain seconds (every date here is before 2106, so RFC 4034 §3.1.5's
 * serial arithmetic gives the same order).
 */
public final class ChainValidator implements Validation {

    private final List<Rdata.Ds> anchors;

    /** @param rootAnchors the root's DS records a resolver is configured with (IANA publishes the real one) */
    public ChainValidator(List<Rdata.Ds> rootAnchors) {
        this.anchors = List.copyOf(rootAnchors);
    }

    @Override
    public Verdict judge(Evidence e, long now) {
        List<Verdict.Link> links = new ArrayList<>();
        // a zone's keys are trusted only once its DNSKEY link holds: below a broken link nothing verifies
        Map<String, List<Rdata.Dnskey>> trusted = new HashMap<>();
        ZoneKeys parent = null;
        for (ZoneKeys z : e.zones()) {
            List<Rdata.Ds> vouched;
            if (parent == null) {
                vouched = anchors;
                links.add(digestLink(Step.ANCHOR, z, anchors));
            } else {
                Optional<SignedSet> ds = z.ds();
                String above = parent.zone();
                List<Rdata.Dnskey> parentKeys = trusted.getOrDefault(above, List.of());
                links.add(ds.map(set -> signatureLink(Step.DS_SIGNATURE, above, set, parentKeys, now))
                        .orElse(missing(Step.DS_SIGNATURE, above, z.zone(), RecordType.DS)));
                boolean dsTrusted = links.get(links.size() - 1).holds();
                vouched = !dsTrusted ? List.of()
                        : ds.map(set -> set.records().stream().map(r -> (Rdata.Ds) r.data()).toList()).orElse(List.of());
                links.add(digestLink(Step.DS_DIGEST, z, ds.map(set -> set.records().stream()
                        .map(r -> (Rdata.Ds) r.data()).toList()).orElse(List.of())));
            }
            List<Rdata.Dnskey> entry = keys(z).stream().filter(k -> vouched.stream()
                    .anyMatch(ds -> Dnssec.matches(ds, z.zone(), k))).toList();
            Verdict.Link self = signatureLink(Step.DNSKEY, z.zone(), z.dnskeys(), entry, now);
            links.add(self);
            trusted.put(z.zone(), self.holds() ? keys(z) : List.of());
            parent = z;
        }
        for (SignedSet set : e.answer()) {
            links.add(answerLink(Step.ANSWER, e, set, trusted, now));
        }
        for (SignedSet set : e.denial()) {
            links.add(answerLink(Step.ANSWER, e, set, trusted, now));
        }
        if (e.rcode() == DnsMessage.Rcode.NXDOMAIN || e.answer().isEmpty()) {
            links.add(denialLink(e));
        }
        return new Verdict(links);
    }

    private static List<Rdata.Dnskey> keys(ZoneKeys z) {
        return z.dnskeys().records().stream().map(r -> (Rdata.Dnskey) r.data()).toList();
    }

    /** Whether some DS in {@code vouched} is the digest of one of the zone's DNSKEYs. */
    private static Verdict.Link digestLink(Step step, ZoneKeys z, List<Rdata.Ds> vouched) {
        if (vouched.isEmpty() || z.dnskeys().records().isEmpty()) {
            return missing(step, z.zone(), z.zone(), RecordType.DNSKEY);
        }
        for (Rdata.Ds ds : vouched) {
            for (Rdata.Dnskey k : keys(z)) {
                if (Dnssec.matches(ds, z.zone(), k)) {
                    return new Verdict.Link(step, z.zone(), z.zone(), RecordType.DNSKEY, ds.keyTag(), Outcome.VALID, 0, 0);
                }
            }
        }
        return new Verdict.Link(step, z.zone(), z.zone(), RecordType.DNSKEY, vouched.get(0).keyTag(),
                Outcome.DS_MISMATCH, 0, 0);
    }

    private static Verdict.Link answerLink(Step step, Evidence e, SignedSet set, Map<String, List<Rdata.Dnskey>> trusted,
                                           long now) {
        ZoneKeys zone = null;
        for (ZoneKeys z : e.zones()) {
            if (DnsName.isWithin(set.name(), z.zone())) {
                zone = z; // the deepest zone holding the name: the chain runs root first
            }
        }
        if (zone == null) {
            return missing(step, DnsName.ROOT, set.name(), set.type());
        }
        return signatureLink(step, zone.zone(), set, trusted.getOrDefault(zone.zone(), List.of()), now);
    }

    /**
     * RFC 4035 §5.3.1 for one RRset: some RRSIG by the zone, its labels no more than the owner's, now within its
     * validity, made by one of {@code keys} (tag and algorithm), verifying. When none does, the first RRSIG's fault.
     */
    static Verdict.Link signatureLink(Step step, String zone, SignedSet set, List<Rdata.Dnskey> keys, long now) {
        if (set.records().isEmpty() || set.signatures().isEmpty()) {
            return missing(step, zone, set.name(), set.type());
        }
        Verdict.Link first = null;
        for (ResourceRecord r : set.signatures()) {
            Rdata.Rrsig sig = (Rdata.Rrsig) r.data();
            Outcome o = check(zone, set, sig, keys, now);
            Verdict.Link link = new Verdict.Link(step, zone, set.name(), set.type(), sig.keyTag(), o, sig.inception(),
                    sig.expiration());
            if (o == Outcome.VALID) {
                return link;
            }
            first = first == null ? link : first;
        }
        return first;
    }

    private static Outcome check(String zone, SignedSet set, Rdata.Rrsig sig, List<Rdata.Dnskey> keys, long now) {
        List<Rdata.Dnskey> candidates = keys.stream().filter(k -> Dnssec.keyTag(k) == sig.keyTag()
                && k.algorithm() == sig.algorithm() && (k.flags() & Rdata.Dnskey.ZONE_KEY) != 0).toList();
        if (!sig.signer().equals(zone) || sig.labels() > Dnssec.labels(set.name()) || candidates.isEmpty()) {
            return Outcome.NO_KEY;
        }
        if (now > sig.expiration()) {
            return Outcome.EXPIRED;
        }
        if (now < sig.inception()) {
            return Outcome.NOT_YET_VALID;
        }
        return candidates.stream().anyMatch(k -> Verifier.verifies(sig, set.records(), k))
                ? Outcome.VALID : Outcome.BAD_SIGNATURE;
    }

    /** NXDOMAIN: an NSEC covers the name and one the wildcard at the closest encloser; NODATA: the name's NSEC lacks the type. */
    private static Verdict.Link denialLink(Evidence e) {
        String name = e.question().name();
        List<ResourceRecord> nsecs = e.denial().stream().filter(s -> s.type() == RecordType.NSEC)
                .flatMap(s -> s.records().stream()).toList();
        String zone = e.zones().isEmpty() ? DnsName.ROOT : e.zones().get(e.zones().size() - 1).zone();
        boolean proven;
        if (e.rcode() == DnsMessage.Rcode.NXDOMAIN) {
            proven = covered(nsecs, name) && covered(nsecs, "*." + closestEncloser(nsecs, name, zone));
        } else {
            proven = nsecs.stream().anyMatch(n -> n.name().equals(name)
                    && !((Rdata.Nsec) n.data()).types().contains(e.question().type())
                    && !((Rdata.Nsec) n.data()).types().contains(RecordType.CNAME));
        }
        return new Verdict.Link(Step.DENIAL, zone, name, RecordType.NSEC, 0,
                nsecs.isEmpty() ? Outcome.MISSING : proven ? Outcome.VALID : Outcome.NOT_PROVEN, 0, 0);
    }

    private static boolean covered(List<ResourceRecord> nsecs, String name) {
        return nsecs.stream().anyMatch(n -> ((Rdata.Nsec) n.data()).covers(n.name(), name));
    }

    /** The deepest ancestor of {@code name} that an NSEC shows to exist (its owner or next name), else the zone. */
    private static String closestEncloser(List<ResourceRecord> nsecs, String name, String zone) {
        for (String n = DnsName.parent(name); !n.equals(zone) && DnsName.isWithin(n, zone); n = DnsName.parent(n)) {
            String candidate = n;
            if (nsecs.stream().anyMatch(x -> x.name().equals(candidate) || ((Rdata.Nsec) x.data()).next().equals(candidate))) {
                return n;
            }
        }
        return zone;
    }

    private static Verdict.Link missing(Step step, String zone, String name, RecordType type) {
        return new Verdict.Link(step, zone, name, type, 0, Outcome.MISSING, 0, 0);
    }
}
