package org.wirewise.model.dns.sec;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsName;
import org.wirewise.model.dns.DnsNetwork;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.ResourceRecord;
import org.wirewise.model.dns.StubResolver;
import org.wirewise.model.dns.Verdict;

/** Every sentence of the dnssec lesson; each number, tag and date in them comes from the run. */
final class DnssecNarration {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'", Locale.ROOT);
    private static final Map<String, String> WHO = Map.of(DnsNetwork.LAPTOP, "the laptop",
            DnsNetwork.RESOLVER, "the resolver", DnsNetwork.ROOT, "the root server", DnsNetwork.TLD,
            "the com. server", DnsNetwork.AUTH, "the example.com. server");

    String label(DnsMessage m) {
        String tail = (m.dnssecOk() && !m.response() ? " +DO" : "") + (m.authenticData() ? " AD" : "");
        if (!m.response()) {
            return m.question().type() + " " + DnsName.display(m.question().name()) + "?" + tail;
        }
        if (m.rcode() != DnsMessage.Rcode.NOERROR) {
            return m.rcode() + (count(m.authority(), RecordType.NSEC) > 0 ? " +NSEC" : "") + tail;
        }
        if (m.isReferral()) {
            String cut = DnsName.display(m.authority().get(0).name());
            return "Go to " + cut + (count(m.authority(), RecordType.DS) > 0 ? " +DS" : "") + tail;
        }
        List<ResourceRecord> plain = m.answers().stream().filter(r -> r.type() != RecordType.RRSIG).toList();
        String first = plain.isEmpty() ? "NODATA" : plain.get(0).type() == RecordType.DNSKEY
                ? plain.size() + " DNSKEY" : plain.get(0).type() + " " + plain.get(0).data();
        return first + (count(m.answers(), RecordType.RRSIG) > 0 ? " +RRSIG" : "") + tail;
    }

    private static long count(List<ResourceRecord> records, RecordType type) {
        return records.stream().filter(r -> r.type() == type).count();
    }

    String introTitle(DnssecScenario s) {
        return "DNSSEC: checking " + DnsName.display(DnsName.canonical(s.name())) + " from the root down";
    }

    String intro(DnssecScenario s, SignedZones.Result zones) {
        Rdata.Ds anchor = zones.trustAnchor().get(0);
        return "The laptop asks its resolver for " + s.question() + ", with the DO bit (\"DNSSEC OK\") in its EDNS "
                + "record. The resolver validates: it trusts one thing in advance, the trust anchor, a digest of the "
                + "root's key-signing key (key tag " + anchor.keyTag() + ", SHA-256), and checks every other record "
                + "by a chain of signatures hanging from it. The root signs with RSA/SHA-256 (algorithm "
                + Algorithm.RSASHA256.number() + "), as the real root does; com. and example.com. here with Ed25519 "
                + "(algorithm " + Algorithm.ED25519.number() + "). Each zone has a key-signing key (KSK), which signs "
                + "only the zone's keys, and a zone-signing key (ZSK), which signs everything else. "
                + fault(s.fault());
    }

    private static String fault(SignedZones.Fault f) {
        return switch (f) {
            case NONE -> "Nothing is broken in this run.";
            case BAD_SIGNATURE -> "In this run one bit of the signature over the answer has been flipped.";
            case EXPIRED_SIGNATURE -> "In this run the signature over the answer expired the day before.";
            case DS_MISMATCH -> "In this run com. still publishes the DS of a key example.com. has retired.";
        };
    }

    String messageTitle(DnssecSimulator.Sent x) {
        DnsMessage m = x.message();
        String from = who(x.from());
        if (!m.response()) {
            return cap(from) + " asks " + who(x.to()) + ": " + m.question();
        }
        return cap(from) + " answers: " + label(m);
    }

    String message(DnssecSimulator.Sent x, SignedZones.Result zones) {
        DnsMessage m = x.message();
        if (!m.response()) {
            if (m.question().type() == RecordType.DNSKEY) {
                return "Before it believes anything " + who(x.to()) + " says, the resolver asks it for the keys of "
                        + zone(m.question().name()) + ", its DNSKEY RRset. It asks with DO, so the keys come with "
                        + "their signature.";
            }
            return cap(who(x.from())) + " asks for " + m.question() + (m.recursionDesired() ? " with RD (\"resolve it for "
                    + "me\")" : " without RD (\"just say what you know\")") + (m.dnssecOk()
                    ? ", and sets the DO bit: send the RRSIGs too." : ".");
        }
        if (m.rcode() == DnsMessage.Rcode.SERVFAIL) {
            return "The resolver found the chain broken, so it answers SERVFAIL and gives the laptop no records at "
                    + "all: a validating resolver does not pass on data it could not authenticate.";
        }
        List<String> parts = new ArrayList<>();
        for (ResourceRecord r : m.answers()) {
            parts.add(describe(r));
        }
        for (ResourceRecord r : m.authority()) {
            if (r.type() != RecordType.NS) {
                parts.add(describe(r));
            }
        }
        String lead = m.isReferral() ? "A referral to " + zone(m.authority().get(0).name())
                + ": its name servers, unsigned (they are the child's data), and " : "";
        String ad = x.to().equals(DnsNetwork.LAPTOP) ? (m.authenticData()
                ? " The AD bit is set: the resolver vouches that it validated all of it." : " The AD bit is clear.") : "";
        return lead + String.join("; ", parts) + "." + ad;
    }

    private static String describe(ResourceRecord r) {
        String owner = DnsName.display(r.name());
        return switch (r.type()) {
            case DNSKEY -> {
                Rdata.Dnskey k = (Rdata.Dnskey) r.data();
                yield owner + " DNSKEY " + k.flags() + " (" + ((k.flags() & Rdata.Dnskey.SECURE_ENTRY_POINT) != 0
                        ? "KSK" : "ZSK") + ", tag " + Dnssec.keyTag(k) + ", " + k.publicKey().length + "-byte key)";
            }
            case DS -> {
                Rdata.Ds ds = (Rdata.Ds) r.data();
                yield "the DS for " + owner + ": key tag " + ds.keyTag() + ", a SHA-256 digest of that key";
            }
            case RRSIG -> {
                Rdata.Rrsig sig = (Rdata.Rrsig) r.data();
                yield "an RRSIG over the " + sig.typeCovered() + " RRset by " + DnsName.display(sig.signer())
                        + "'s key " + sig.keyTag() + ", valid until " + day(sig.expiration());
            }
            case NSEC -> "NSEC: after " + owner + " the next name is " + DnsName.display(((Rdata.Nsec) r.data()).next());
            case SOA -> "the SOA of " + owner;
            default -> owner + " " + r.type() + " " + r.data();
        };
    }

    List<String> messageRefs(DnssecSimulator.Sent x) {
        DnsMessage m = x.message();
        if (!m.response()) {
            return m.question().type() == RecordType.DNSKEY ? List.of("RFC 4035 §5", "RFC 4034 §2")
                    : List.of("RFC 3225 §3", "RFC 4035 §3.2.1");
        }
        if (m.isReferral()) {
            return List.of("RFC 4035 §3.1.4", "RFC 4034 §5");
        }
        if (m.rcode() == DnsMessage.Rcode.NXDOMAIN) {
            return List.of("RFC 4035 §3.1.3.2", "RFC 4034 §4");
        }
        return x.to().equals(DnsNetwork.LAPTOP) ? List.of("RFC 4035 §3.2.3", "RFC 4035 §5.5")
                : List.of("RFC 4034 §3", "RFC 4035 §3.1.1");
    }

    String verdictTitle(Verdict v) {
        return v.secure() ? "Verdict: secure, the answer goes to the laptop with AD set"
                : "Verdict: bogus, the laptop gets SERVFAIL";
    }

    String verdict(Verdict v, StubResolver.Result answer) {
        if (v.secure()) {
            return "Every one of the " + v.links().size() + " links below holds, from the trust anchor to the "
                    + "signature over the answer, so the resolver sets AD (\"authentic data\") and passes on "
                    + answer.rcode() + ". The links follow, one per step.";
        }
        Verdict.Link broken = v.firstBroken().orElseThrow();
        return "Link " + (v.links().indexOf(broken) + 1) + " of " + v.links().size() + " is broken. " + link(broken)
                + " So the resolver answers SERVFAIL, the same code as a server that is down: the laptop cannot "
                + "tell an attack from a mistake, only that the answer could not be trusted. The links follow.";
    }

    String linkTitle(int index, Verdict.Link l) {
        return "Link " + (index + 1) + ": " + what(l) + (l.holds() ? "" : ", broken");
    }

    private static String what(Verdict.Link l) {
        String zone = zone(l.zone());
        return switch (l.step()) {
            case ANCHOR -> "the trust anchor names the root's KSK";
            case DNSKEY -> "the keys of " + zone + ", signed by its KSK";
            case DS_SIGNATURE -> zone + " signed the DS for " + zone(l.name());
            case DS_DIGEST -> "the DS matches the KSK of " + zone;
            case ANSWER -> "the " + l.type() + " RRset of " + DnsName.display(l.name()) + ", signed by " + zone;
            case DENIAL -> "the NSEC records prove " + DnsName.display(l.name()) + " absent";
        };
    }

    String link(Verdict.Link l) {
        String why = switch (l.step()) {
            case ANCHOR -> "The resolver computes the SHA-256 digest of each root DNSKEY and compares it with the "
                    + "anchor it was configured with.";
            case DNSKEY -> "The DNSKEY RRset of " + zone(l.zone()) + " must carry an RRSIG made by a key "
                    + "the link above vouches for; then every key in the set, the ZSK too, is trusted.";
            case DS_SIGNATURE -> "The parent publishes the child's DS and signs it with its own ZSK: the parent "
                    + "vouches for the child's key.";
            case DS_DIGEST -> "The digest in the DS must equal the SHA-256 of one of the child's DNSKEYs (owner name "
                    + "and key data).";
            case ANSWER -> "The RRSIG over the records must verify with a key of the zone, and the time now must lie "
                    + "between its inception and its expiration.";
            case DENIAL -> "NSEC records list the zone's names in order: one spans the asked name, another the "
                    + "wildcard that could have matched, so no such name exists.";
        };
        return why + " " + outcome(l);
    }

    private static String outcome(Verdict.Link l) {
        String tag = l.keyTag() > 0 ? " (key tag " + l.keyTag() + ")" : "";
        return switch (l.outcome()) {
            case VALID -> "It holds" + tag + (l.expiration() > 0
                    ? "; valid " + day(l.inception()) + " to " + day(l.expiration()) : "") + ".";
            case BAD_SIGNATURE -> "The signature" + tag + " does not verify: the signed bytes or the signature were "
                    + "changed.";
            case EXPIRED -> "The signature" + tag + " expired on " + day(l.expiration())
                    + ", before the time of this lookup.";
            case NOT_YET_VALID -> "The signature" + tag + " is not valid before " + day(l.inception()) + ".";
            case NO_KEY -> "No trusted key has the signature's tag" + tag + ", so nothing vouches for it.";
            case DS_MISMATCH -> "The DS names key tag " + l.keyTag() + ", which " + zone(l.zone())
                    + " no longer publishes: no key matches.";
            case MISSING -> "The records or signatures this link needs never arrived.";
            case NOT_PROVEN -> "The NSEC records do not span the name.";
        };
    }

    List<String> linkRefs(Verdict.Link l) {
        return switch (l.step()) {
            case ANCHOR -> List.of("RFC 4035 §4.4", "RFC 7958 §1");
            case DNSKEY -> List.of("RFC 4035 §5.2", "RFC 4034 §2.1.1");
            case DS_SIGNATURE -> List.of("RFC 4035 §5.3", "RFC 4034 §5");
            case DS_DIGEST -> List.of("RFC 4034 §5.1.4", "RFC 4035 §5.2");
            case ANSWER -> List.of("RFC 4035 §5.3.1", "RFC 4034 §3.1.5");
            case DENIAL -> List.of("RFC 4035 §5.4", "RFC 4034 §4.1");
        };
    }

    String chainTitle(Verdict v) {
        return "Chain of trust: " + (v.secure() ? "secure" : "bogus");
    }

    List<String> chainColumns() {
        return List.of("#", "Link", "Key", "Result");
    }

    List<String> chainRow(int index, Verdict.Link l) {
        String zone = l.zone().equals(DnsName.ROOT) ? "root" : l.zone();
        String link = switch (l.step()) {
            case ANCHOR -> "Trust anchor → root KSK";
            case DNSKEY -> zone + " DNSKEY signed by KSK";
            case DS_SIGNATURE -> "DS " + l.name() + " signed by " + zone;
            case DS_DIGEST -> "DS → " + zone + " KSK";
            case ANSWER -> DnsName.display(l.name()) + " " + l.type() + " signed";
            case DENIAL -> "NSEC: no " + DnsName.display(l.name());
        };
        return List.of(String.valueOf(index + 1), link, l.keyTag() > 0 ? String.valueOf(l.keyTag()) : "",
                l.holds() ? "holds" : l.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    String clearTitle() {
        return "DNSSEC authenticates; it does not encrypt";
    }

    String clear(DnssecSimulator.Sent x) {
        int at = addressOffset(x);
        String where = at < 0 ? "" : " Its address sits in plain bytes " + at + " to " + (at + 3) + " of this frame, "
                + "next to the signature.";
        return "This is example.com.'s signed answer as it crossed the internet to the resolver." + where + " Anyone on "
                + "the path reads the name asked and the answer; the RRSIG only lets a validator prove who wrote "
                + "them and that nobody changed them. Hiding the question is the job of DNS over TLS or HTTPS "
                + "(RFC 7858, RFC 8484), and they do not prove authorship: the two solve different problems.";
    }

    /** Where the first A or AAAA record's address starts in the frame, found after its RDLENGTH; -1 if none. */
    private static int addressOffset(DnssecSimulator.Sent x) {
        for (ResourceRecord r : x.message().answers()) {
            if (r.data() instanceof Rdata.Address a) {
                byte[] address = a.address().getAddress();
                byte[] f = x.frame();
                for (int i = 0; i + 2 + address.length <= f.length; i++) {
                    if (f[i] == 0 && f[i + 1] == address.length
                            && java.util.Arrays.equals(f, i + 2, i + 2 + address.length, address, 0, address.length)) {
                        return i + 2;
                    }
                }
            }
        }
        return -1;
    }

    /** A zone as a reader says it: "the root", "com.", "example.com.". */
    private static String zone(String name) {
        return name.equals(DnsName.ROOT) ? "the root" : DnsName.canonical(name);
    }

    /** A signature's time (seconds since 1970) as a date, in UTC as RRSIG times are. */
    private static String day(long epochSeconds) {
        return DAY.format(LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC));
    }

    private static String who(String lane) {
        return WHO.getOrDefault(lane, lane);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
