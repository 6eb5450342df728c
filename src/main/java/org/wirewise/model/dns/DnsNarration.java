package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * Every sentence of the DNS resolution lesson in one language ({@code dns-resolution.properties} and its
 * translations); the numbers come from the messages and the measured times. Packet labels, record types,
 * names and RCODEs are wire notation and stay as sent.
 */
final class DnsNarration {

    /** A step's title, text and RFC sections. */
    record Said(String title, String text, List<String> references) {
    }

    private final DnsScenario s;
    private final Texts texts;
    private final Units units;

    DnsNarration(DnsScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of("org.wirewise.model.dns.dns-resolution", language);
        this.units = new Units(texts.language());
    }

    /** A lane's title: the device or server it stands for. */
    String lane(String key) {
        return texts.get("lane." + key);
    }

    String introTitle() {
        return texts.get("step.intro");
    }

    String intro() {
        String edns = s.ednsSize() == 0 ? texts.get("intro.noEdns") : texts.get("intro.edns", Long.toString(s.ednsSize()));
        return texts.get("intro", fmt(s.resolverRttMs()), s.cache() == CacheState.COLD ? texts.get("intro.cold")
                : texts.get("intro.warm", DnsName.display(s.question().name())), fmt(s.serverRttMs()), edns);
    }

    List<String> introReferences() {
        return List.of("RFC 1034 §2.4", "RFC 1123 §6.1.3.1", "RFC 6891 §6.2.5");
    }

    String why(int index, Lookup l) {
        String q = question(l.question());
        return switch (l.purpose()) {
            case FIRST -> texts.get("why.first", q);
            case AGAIN_SOON -> texts.get("why.againSoon", q, units.time(DnsResolutionSimulator.SOON));
            case AFTER_BROWSER_CAP -> texts.get("why.afterBrowserCap", units.time(DnsResolutionSimulator.AFTER_BROWSER_CAP),
                    Long.toString(StubResolver.BROWSER_CAP_SECONDS));
            case OTHER_DEVICE -> texts.get("why.otherDevice", q);
            case AFTER_TTL -> texts.get("why.afterTtl");
            case ALIAS -> texts.get("why.alias", q);
            case MISSING -> texts.get("why.missing", q);
            case MISSING_AGAIN -> texts.get("why.missingAgain");
            case LARGE -> texts.get("why.large", q);
        };
    }

    String lookupTitle(int index, String title) {
        return texts.get("step.lookup", Integer.toString(index + 1), title);
    }

    String label(DnsMessage m, boolean tcp) {
        String via = tcp ? " (TCP)" : "";
        if (!m.response()) {
            return "Query " + m.question().type() + " " + DnsName.display(m.question().name()) + via;
        }
        if (m.truncated()) {
            return "Truncated (TC)" + via;
        }
        if (m.rcode() != DnsMessage.Rcode.NOERROR) {
            return m.rcode() + via;
        }
        if (m.isReferral()) {
            return "Referral: " + DnsName.display(m.authority().get(0).name()) + " NS" + via;
        }
        if (m.answers().isEmpty()) {
            return "NODATA" + via;
        }
        ResourceRecord last = m.answers().get(m.answers().size() - 1);
        long same = m.answers().stream().filter(r -> r.type() == last.type()).count();
        return "Answer " + last.type() + " " + (same > 1 ? same + " records" : shortData(last)) + via;
    }

    Said received(Lookup l, String lane, DnsMessage m, boolean tcp, boolean hit) {
        if (lane.equals(DnsNetwork.RESOLVER) && !m.response()) {
            return queryAtResolver(m, tcp, hit);
        }
        if (!m.response()) {
            return queryAtServer(lane, m);
        }
        if (m.truncated()) {
            return new Said(texts.get("step.truncated"), texts.get("truncated",
                    Integer.toString(DnsMessage.query(0, m.question(), true, (int) s.ednsSize()).udpLimit())), List.of("RFC 1035 §4.2.1", "RFC 6891 §6.2.5", "RFC 7766 §5",
                    "RFC 1035 §4.2.2"));
        }
        return answerAtResolver(lane, m);
    }

    private Said queryAtResolver(DnsMessage m, boolean tcp, boolean hit) {
        String id = String.format(Locale.ROOT, "%04x", m.id());
        String header = m.ednsSize().map(e -> texts.get("header.edns", id, String.valueOf(e)))
                .orElseGet(() -> texts.get("header.noEdns", id));
        if (tcp) {
            return new Said(texts.get("step.queryTcp"), texts.get("queryTcp", header),
                    List.of("RFC 7766 §5", "RFC 1035 §4.2.2"));
        }
        if (hit) {
            return new Said(texts.get("step.queryHit"), texts.get("queryHit", header, question(m.question())),
                    List.of("RFC 1034 §5.3.3", "RFC 2308 §5", "RFC 1035 §7.4"));
        }
        return new Said(texts.get("step.queryMiss"), texts.get("queryMiss", header, question(m.question())),
                List.of("RFC 1034 §5.3.3", "RFC 1035 §4.1.1"));
    }

    private Said queryAtServer(String lane, DnsMessage m) {
        Zone zone = lane.equals(DnsNetwork.ROOT) ? Zones.root() : lane.equals(DnsNetwork.TLD) ? Zones.com()
                : Zones.example();
        Zone.Answer a = zone.lookup(m.question());
        String what;
        List<String> refs = new ArrayList<>(List.of("RFC 1034 §4.3.2"));
        if (!a.authoritative()) {
            what = texts.get("referral", DnsName.display(m.question().name()), DnsName.display(a.authority().get(0).name()),
                    a.additional().isEmpty() ? "" : " " + texts.get("referral.glue", a.additional().stream()
                            .map(r -> DnsName.display(r.name()) + " " + r.data()).collect(Collectors.joining(", "))));
            refs.add("RFC 9471 §2");
        } else if (a.rcode() == DnsMessage.Rcode.NXDOMAIN || a.answers().isEmpty()) {
            ResourceRecord soa = a.authority().get(0);
            what = texts.get(a.rcode() == DnsMessage.Rcode.NXDOMAIN ? "negative.missing" : "negative.noData",
                    String.valueOf(a.rcode()), Long.toString(soa.ttl()), String.valueOf(m.question().type()));
            refs.add("RFC 2308 §3");
        } else {
            what = texts.get("authoritative", records(a.answers()));
            refs.add("RFC 1035 §4.1.1");
        }
        String server = serverKey(lane);
        return new Said(texts.get("step.asked." + server, question(m.question())),
                texts.get("asked." + server, DnsName.display(zone.origin()), what), refs);
    }

    private Said answerAtResolver(String lane, DnsMessage m) {
        if (m.isReferral()) {
            ResourceRecord ns = m.authority().get(0);
            return new Said(texts.get("step.referral", DnsName.display(ns.name())), texts.get("referralCached",
                    Long.toString(ns.ttl()), DnsName.display(((Rdata.Target) ns.data()).name())),
                    List.of("RFC 1034 §5.3.3", "RFC 2181 §5.4.1"));
        }
        if (m.answers().isEmpty()) {
            long ttl = m.authority().isEmpty() ? 0 : m.authority().get(0).ttl();
            return new Said(texts.get("step.negative", String.valueOf(m.rcode())), texts.get("negativeCached",
                    Long.toString(ttl), String.valueOf(m.rcode())), List.of("RFC 2308 §5", "RFC 2308 §3"));
        }
        ResourceRecord last = m.answers().get(m.answers().size() - 1);
        boolean alias = last.type() == RecordType.CNAME;
        return new Said(texts.get("step.answer"), texts.get(alias ? "answer.alias" : "answer", records(m.answers())),
                List.of("RFC 1034 §5.3.3", "RFC 1035 §4.1.4"));
    }

    String answerTitle(Lookup l, StubResolver.Result r) {
        return texts.get("step.answered." + clientKey(l), units.time(r.answeredAt() - r.startedAt()));
    }

    String answered(Lookup l, StubResolver.Result r, int upstream, boolean resolverHit) {
        String what = r.rcode() != DnsMessage.Rcode.NOERROR ? texts.get("answered.negative", String.valueOf(r.rcode()))
                : records(r.records());
        String how = resolverHit ? texts.get("answered.hit", fmt(s.resolverRttMs()))
                : texts.get(upstream == 1 ? "answered.one" : "answered.many", Integer.toString(upstream),
                        fmt(s.serverRttMs()), fmt(s.resolverRttMs()));
        String tcp = r.overTcp() ? " " + texts.get("answered.tcp", Integer.toString(r.messageBytes())) : "";
        return texts.get(l.client().equals(DnsNetwork.LAPTOP) ? "answered.laptop" : "answered.phone", what,
                units.time(r.answeredAt() - r.startedAt()), how, tcp, Long.toString(StubResolver.BROWSER_CAP_SECONDS));
    }

    List<String> answeredReferences(StubResolver.Result r) {
        return r.rcode() == DnsMessage.Rcode.NXDOMAIN ? List.of("RFC 2308 §5", "RFC 1035 §4.1.1")
                : r.overTcp() ? List.of("RFC 7766 §5", "RFC 1035 §4.2.2") : List.of("RFC 1035 §4.1.1", "RFC 1034 §5.3.1");
    }

    Said cached(Lookup l, StubResolver.Result r) {
        boolean browser = r.source() == StubResolver.Source.BROWSER_CACHE;
        long ttl = DnsResolutionSimulator.ttlOf(r);
        String at = r.rcode() == DnsMessage.Rcode.NOERROR ? texts.get("cached.back")
                : texts.get("cached.negative", String.valueOf(r.rcode()));
        return new Said(texts.get(browser ? "step.cached.browser" : "step.cached.os",
                units.time(r.answeredAt() - r.startedAt())),
                texts.get(browser ? "cached.browser" : "cached.os", texts.get("client." + clientKey(l)), Long.toString(ttl),
                        at, Long.toString(StubResolver.BROWSER_CAP_SECONDS)),
                List.of("RFC 1034 §5.3.1", "RFC 1035 §7.4"));
    }

    String source(StubResolver.Result r, int upstream, boolean resolverHit) {
        return switch (r.source()) {
            case BROWSER_CACHE -> texts.get("source.browser");
            case OS_CACHE -> texts.get("source.os");
            case NETWORK -> resolverHit ? texts.get("source.resolver") : texts.get("source." + (upstream == 1 ? "one"
                    : "many") + (r.overTcp() ? "Tcp" : ""), Integer.toString(upstream));
        };
    }

    String measurementLabel(StubResolver.Result r) {
        return texts.get("measurement", units.time(r.answeredAt() - r.startedAt()));
    }

    String summaryTitle() {
        return texts.get("step.summary");
    }

    String summary(List<StubResolver.Result> results, List<String> wheres) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            StubResolver.Result r = results.get(i);
            parts.add((i + 1) + ". " + question(r.question()) + ": " + wheres.get(i) + ", "
                    + units.time(r.answeredAt() - r.startedAt()));
        }
        return texts.get("summary", String.join("; ", parts));
    }

    String cacheTitle(String which) {
        return switch (which) {
            case "browser" -> texts.get("cache.browser", Long.toString(StubResolver.BROWSER_CAP_SECONDS));
            case "os" -> texts.get("cache.os");
            case "phone" -> texts.get("cache.phone");
            default -> texts.get("cache.resolver");
        };
    }

    List<String> cacheColumns() {
        return List.of(texts.get("cache.name"), texts.get("cache.type"), texts.get("cache.data"), texts.get("cache.ttl"));
    }

    String timingsTitle() {
        return texts.get("table.timings");
    }

    List<String> timingsColumns() {
        return List.of(texts.get("table.timings.number"), texts.get("table.timings.who"), texts.get("table.timings.question"),
                texts.get("table.timings.answeredBy"), texts.get("table.timings.time"));
    }

    String question(DnsMessage.Question q) {
        return q.type() + " " + DnsName.display(q.name());
    }

    String millis(long nanos) {
        return units.time(nanos);
    }

    /** Up to two records in full, then how many more. */
    private String records(List<ResourceRecord> rs) {
        String shown = rs.stream().limit(2).map(this::record).collect(Collectors.joining("; "));
        return rs.size() > 2 ? texts.get("records.more", shown, Integer.toString(rs.size() - 2)) : shown;
    }

    private String record(ResourceRecord r) {
        return DnsName.display(r.name()) + " " + r.type() + " " + shortData(r) + " (TTL " + r.ttl() + " s)";
    }

    private static String shortData(ResourceRecord r) {
        String d = r.data().toString();
        return d.length() > 40 ? d.substring(0, 39) + "…" : d;
    }

    /** The bundle's name of a server lane: "asked.KEY" and "step.asked.KEY" say who is asked. */
    private static String serverKey(String lane) {
        return switch (lane) {
            case DnsNetwork.ROOT -> "root";
            case DnsNetwork.TLD -> "tld";
            default -> "auth";
        };
    }

    private static String clientKey(Lookup l) {
        return l.client().equals(DnsNetwork.LAPTOP) ? "laptop" : "phone";
    }

    private String fmt(double ms) {
        return ms == Math.rint(ms) ? Long.toString((long) ms) : units.fixed(ms, 1);
    }
}
