package org.wirewise.model.dns.sec;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsName;
import org.wirewise.model.dns.DnsNetwork;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.ResourceRecord;
import org.wirewise.model.dns.StubResolver;
import org.wirewise.model.dns.Verdict;
import org.wirewise.model.text.Texts;

/**
 * Every sentence of the dnssec lesson in one language ({@code dnssec.properties} and its translations); each
 * number, tag and date in them comes from the run. Packet labels, record types and the field names of DNSKEY,
 * DS and RRSIG ("key tag") are wire notation, as dig prints them, and stay as sent.
 */
final class DnssecNarration {

    private final Texts texts;
    private final DateTimeFormatter day;

    DnssecNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.dns.sec.dnssec", language);
        // English keeps the form it always printed ("6 Dec 2026 19:00 UTC"); other languages name the month their way
        this.day = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'",
                texts.language().equals(Locale.ENGLISH) ? Locale.ROOT : texts.language());
    }

    /** A lane's title: the device or server it stands for. */
    String lane(String key) {
        return texts.get("lane." + key);
    }

    String label(DnsMessage m) {
        return summary(m, cut -> "Go to " + cut);
    }

    /** The message in short, a referral said by {@code referral} (wire notation on the diagram, words in a title). */
    private static String summary(DnsMessage m, UnaryOperator<String> referral) {
        String tail = (m.dnssecOk() && !m.response() ? " +DO" : "") + (m.authenticData() ? " AD" : "");
        if (!m.response()) {
            return m.question().type() + " " + DnsName.display(m.question().name()) + "?" + tail;
        }
        if (m.rcode() != DnsMessage.Rcode.NOERROR) {
            return m.rcode() + (count(m.authority(), RecordType.NSEC) > 0 ? " +NSEC" : "") + tail;
        }
        if (m.isReferral()) {
            String cut = DnsName.display(m.authority().get(0).name());
            return referral.apply(cut) + (count(m.authority(), RecordType.DS) > 0 ? " +DS" : "") + tail;
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
        return texts.get("intro.title", DnsName.display(DnsName.canonical(s.name())));
    }

    String intro(DnssecScenario s, SignedZones.Result zones) {
        Rdata.Ds anchor = zones.trustAnchor().get(0);
        return texts.get("intro", s.question().toString(), Long.toString(anchor.keyTag()),
                Long.toString(Algorithm.RSASHA256.number()), Long.toString(Algorithm.ED25519.number()),
                texts.get("fault." + s.fault().name()));
    }

    String messageTitle(DnssecSimulator.Sent x) {
        DnsMessage m = x.message();
        String from = cap(texts.get("who." + x.from()));
        if (!m.response()) {
            return texts.get("title.asks", from, texts.get("whom." + x.to()), m.question().toString());
        }
        return texts.get("title.answers", from, summary(m, cut -> texts.get("title.referral", cut)));
    }

    String message(DnssecSimulator.Sent x, SignedZones.Result zones) {
        DnsMessage m = x.message();
        if (!m.response()) {
            if (m.question().type() == RecordType.DNSKEY) {
                return texts.get("askKeys", texts.get("who." + x.to()), zone(m.question().name()));
            }
            return texts.get("ask", cap(texts.get("who." + x.from())), m.question().toString(),
                    texts.get(m.recursionDesired() ? "ask.rd" : "ask.noRd"), texts.get(m.dnssecOk() ? "ask.do" : "ask.noDo"));
        }
        if (m.rcode() == DnsMessage.Rcode.SERVFAIL) {
            return texts.get("servfail");
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
        String ad = x.to().equals(DnsNetwork.LAPTOP) ? texts.get(m.authenticData() ? "ad.set" : "ad.clear") : "";
        return m.isReferral() ? texts.get("answer.referral", zone(m.authority().get(0).name()), String.join("; ", parts), ad)
                : texts.get("answer", String.join("; ", parts), ad);
    }

    private String describe(ResourceRecord r) {
        String owner = DnsName.display(r.name());
        return switch (r.type()) {
            case DNSKEY -> {
                Rdata.Dnskey k = (Rdata.Dnskey) r.data();
                yield texts.get("record.dnskey", owner, Long.toString(k.flags()),
                        (k.flags() & Rdata.Dnskey.SECURE_ENTRY_POINT) != 0 ? "KSK" : "ZSK",
                        Long.toString(Dnssec.keyTag(k)), Long.toString(k.publicKey().length));
            }
            case DS -> texts.get("record.ds", owner, Long.toString(((Rdata.Ds) r.data()).keyTag()));
            case RRSIG -> {
                Rdata.Rrsig sig = (Rdata.Rrsig) r.data();
                yield texts.get("record.rrsig", sig.typeCovered().toString(), DnsName.display(sig.signer()),
                        Long.toString(sig.keyTag()), day(sig.expiration()));
            }
            case NSEC -> texts.get("record.nsec", owner, DnsName.display(((Rdata.Nsec) r.data()).next()));
            case SOA -> texts.get("record.soa", owner);
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
        return texts.get(v.secure() ? "verdict.title.secure" : "verdict.title.bogus");
    }

    String verdict(Verdict v, StubResolver.Result answer) {
        if (v.secure()) {
            return texts.get("verdict.secure", Long.toString(v.links().size()), String.valueOf(answer.rcode()));
        }
        Verdict.Link broken = v.firstBroken().orElseThrow();
        return texts.get("verdict.bogus", Long.toString(v.links().indexOf(broken) + 1L),
                Long.toString(v.links().size()), link(broken));
    }

    String linkTitle(int index, Verdict.Link l) {
        return texts.get(l.holds() ? "link.title" : "link.title.broken", Long.toString(index + 1L), what(l));
    }

    private String what(Verdict.Link l) {
        String zone = zone(l.zone());
        return switch (l.step()) {
            case ANCHOR -> texts.get("what.anchor");
            case DNSKEY -> texts.get("what.dnskey", zone);
            case DS_SIGNATURE -> texts.get("what.dsSignature", zone, zone(l.name()));
            case DS_DIGEST -> texts.get("what.dsDigest", zone);
            case ANSWER -> texts.get("what.answer", String.valueOf(l.type()), DnsName.display(l.name()), zone);
            case DENIAL -> texts.get("what.denial", DnsName.display(l.name()));
        };
    }

    String link(Verdict.Link l) {
        String why = switch (l.step()) {
            case ANCHOR -> texts.get("why.anchor");
            case DNSKEY -> texts.get("why.dnskey", zone(l.zone()));
            case DS_SIGNATURE -> texts.get("why.dsSignature");
            case DS_DIGEST -> texts.get("why.dsDigest");
            case ANSWER -> texts.get("why.answer");
            case DENIAL -> texts.get("why.denial");
        };
        return why + " " + outcome(l);
    }

    private String outcome(Verdict.Link l) {
        String tag = l.keyTag() > 0 ? texts.get("outcome.tag", Long.toString(l.keyTag())) : "";
        return switch (l.outcome()) {
            case VALID -> l.expiration() > 0
                    ? texts.get("outcome.validDates", tag, day(l.inception()), day(l.expiration()))
                    : texts.get("outcome.valid", tag);
            case BAD_SIGNATURE -> texts.get("outcome.badSignature", tag);
            case EXPIRED -> texts.get("outcome.expired", tag, day(l.expiration()));
            case NOT_YET_VALID -> texts.get("outcome.notYetValid", tag, day(l.inception()));
            case NO_KEY -> texts.get("outcome.noKey", tag);
            case DS_MISMATCH -> texts.get("outcome.dsMismatch", Long.toString(l.keyTag()), zone(l.zone()));
            case MISSING -> texts.get("outcome.missing");
            case NOT_PROVEN -> texts.get("outcome.notProven");
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
        return texts.get(v.secure() ? "chain.title.secure" : "chain.title.bogus");
    }

    List<String> chainColumns() {
        return List.of("#", texts.get("chain.link"), texts.get("chain.key"), texts.get("chain.result"));
    }

    List<String> chainRow(int index, Verdict.Link l) {
        String zone = l.zone().equals(DnsName.ROOT) ? texts.get("chain.root") : l.zone();
        String link = switch (l.step()) {
            case ANCHOR -> texts.get("chain.anchor");
            case DNSKEY -> texts.get("chain.dnskey", zone);
            case DS_SIGNATURE -> texts.get("chain.dsSignature", l.name(), zone);
            case DS_DIGEST -> texts.get("chain.dsDigest", zone);
            case ANSWER -> texts.get("chain.answer", DnsName.display(l.name()), String.valueOf(l.type()));
            case DENIAL -> texts.get("chain.denial", DnsName.display(l.name()));
        };
        return List.of(String.valueOf(index + 1), link, l.keyTag() > 0 ? String.valueOf(l.keyTag()) : "",
                texts.get(l.holds() ? "result.holds" : "result." + l.outcome().name()));
    }

    String clearTitle() {
        return texts.get("clear.title");
    }

    String clear(DnssecSimulator.Sent x) {
        int at = addressOffset(x);
        return texts.get("clear", at < 0 ? "" : texts.get("clear.where", Long.toString(at), Long.toString(at + 3L)));
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
    private String zone(String name) {
        return name.equals(DnsName.ROOT) ? texts.get("zone.root") : DnsName.canonical(name);
    }

    /** A signature's time (seconds since 1970) as a date, in UTC as RRSIG times are. */
    private String day(long epochSeconds) {
        return day.format(LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC));
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
