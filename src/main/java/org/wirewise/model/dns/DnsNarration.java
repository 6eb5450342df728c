package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.sim.SimTime;

/** Every sentence of the DNS resolution lesson; the numbers come from the messages and the measured times. */
final class DnsNarration {

    /** A step's title, text and RFC sections. */
    record Said(String title, String text, List<String> references) {
    }

    private final DnsScenario s;

    DnsNarration(DnsScenario s) {
        this.s = s;
    }

    String introTitle() {
        return "Who asks whom: stub, recursive resolver, root, TLD, authoritative";
    }

    String intro() {
        String edns = s.ednsSize() == 0 ? "sends no EDNS(0) record, as glibc does by default, so an answer over UDP "
                + "may be at most 512 bytes" : "offers an EDNS(0) buffer of " + s.ednsSize() + " bytes";
        return "The laptop's browser asks its operating system, whose stub resolver asks the ISP's recursive resolver ("
                + fmt(s.resolverRttMs()) + " ms round trip away). The resolver "
                + (s.cache() == CacheState.COLD ? "starts cold: it knows only the root servers' addresses (its hints)"
                : "starts warm: another customer looked " + DnsName.display(s.question().name()) + " up moments ago")
                + "; the root, com. and example.com. servers are " + fmt(s.serverRttMs())
                + " ms round trip from it. The laptop " + edns + ". Watch the four caches below fill and count down.";
    }

    List<String> introReferences() {
        return List.of("RFC 1034 §2.4", "RFC 1123 §6.1.3.1", "RFC 6891 §6.2.5");
    }

    String why(int index, Lookup l) {
        String q = question(l.question());
        return switch (l.purpose()) {
            case FIRST -> "The browser needs " + q + " and finds nothing in its own or the OS's cache.";
            case AGAIN_SOON -> "A second page asks for " + q + " " + SimTime.format(DnsResolutionSimulator.SOON)
                    + " later.";
            case AFTER_BROWSER_CAP -> "The user comes back after " + SimTime.format(
                    DnsResolutionSimulator.AFTER_BROWSER_CAP) + ": longer than the browser keeps any answer ("
                    + StubResolver.BROWSER_CAP_SECONDS + " s).";
            case OTHER_DEVICE -> "The phone, with its own empty cache, asks the same resolver for " + q + ".";
            case AFTER_TTL -> "The laptop asks again once the first answer's TTL has run out everywhere.";
            case ALIAS -> "Now " + q + ", an alias (CNAME) of another name.";
            case MISSING -> "A mistyped name: " + q + " does not exist.";
            case MISSING_AGAIN -> "The phone asks for the same missing name.";
            case LARGE -> "Now " + q + ": a large record set, many TXT strings.";
        };
    }

    String lookupTitle(int index, String title) {
        return "Lookup " + (index + 1) + " · " + title;
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
            return new Said("Truncated: retry over TCP", "The answer did not fit in the " + DnsMessage.query(0, m.question(), true, (int) s.ednsSize()).udpLimit()
                    + " bytes the laptop accepts over UDP, so the resolver sent back only the question with TC set. "
                    + "The stub opens a TCP connection to port 53 and asks again; over TCP each message has a "
                    + "two-byte length first.", List.of("RFC 1035 §4.2.1", "RFC 6891 §6.2.5", "RFC 7766 §5",
                    "RFC 1035 §4.2.2"));
        }
        return answerAtResolver(lane, m);
    }

    private Said queryAtResolver(DnsMessage m, boolean tcp, boolean hit) {
        String header = "ID 0x" + String.format(Locale.ROOT, "%04x", m.id()) + ", RD set"
                + m.ednsSize().map(e -> ", EDNS(0) " + e + " bytes").orElse(", no EDNS");
        if (tcp) {
            return new Said("The same query over TCP", "The stub sends the query again over the new connection ("
                    + header + "), the two-byte length first; over TCP the whole answer fits.",
                    List.of("RFC 7766 §5", "RFC 1035 §4.2.2"));
        }
        if (hit) {
            return new Said("The resolver answers from its cache", "The query (" + header + ") asks for "
                    + question(m.question()) + ", which the resolver has cached: it answers at once, without asking "
                    + "anyone, with the TTL counted down to what is left (see its cache below).",
                    List.of("RFC 1034 §5.3.3", "RFC 2308 §5", "RFC 1035 §7.4"));
        }
        return new Said("The stub's query reaches the resolver", "The query (" + header + ") asks for "
                + question(m.question()) + ". Nothing in the resolver's cache answers it, so it asks the closest "
                + "servers it knows, without RD: it does the recursion itself.",
                List.of("RFC 1034 §5.3.3", "RFC 1035 §4.1.1"));
    }

    private Said queryAtServer(String lane, DnsMessage m) {
        Zone zone = lane.equals(DnsNetwork.ROOT) ? Zones.root() : lane.equals(DnsNetwork.TLD) ? Zones.com()
                : Zones.example();
        Zone.Answer a = zone.lookup(m.question());
        String who = serverName(lane) + " (zone " + DnsName.display(zone.origin()) + ")";
        String what;
        List<String> refs = new ArrayList<>(List.of("RFC 1034 §4.3.2"));
        if (!a.authoritative()) {
            what = "It does not hold " + DnsName.display(m.question().name()) + " but knows who does: a referral to "
                    + DnsName.display(a.authority().get(0).name()) + " with its NS record"
                    + (a.additional().isEmpty() ? "" : " and, as glue, the address of "
                    + a.additional().stream().map(r -> DnsName.display(r.name()) + " " + r.data())
                    .collect(Collectors.joining(", "))) + ". AA is clear.";
            refs.add("RFC 9471 §2");
        } else if (a.rcode() == DnsMessage.Rcode.NXDOMAIN || a.answers().isEmpty()) {
            ResourceRecord soa = a.authority().get(0);
            what = "It is authoritative and the name " + (a.rcode() == DnsMessage.Rcode.NXDOMAIN ? "does not exist"
                    : "has no " + m.question().type() + " record") + ": " + a.rcode() + " with the zone's SOA, TTL "
                    + soa.ttl() + " s, the smaller of the SOA's TTL and its minimum field.";
            refs.add("RFC 2308 §3");
        } else {
            what = "It is authoritative (AA set) and answers: " + records(a.answers()) + ".";
            refs.add("RFC 1035 §4.1.1");
        }
        return new Said(serverName(lane) + " is asked for " + question(m.question()), "The resolver asks "
                + who.substring(0, 1).toLowerCase(Locale.ROOT) + who.substring(1)
                + " with RD clear. " + what, refs);
    }

    private Said answerAtResolver(String lane, DnsMessage m) {
        if (m.isReferral()) {
            ResourceRecord ns = m.authority().get(0);
            return new Said("Referral to " + DnsName.display(ns.name()), "The resolver caches the NS record for "
                    + ns.ttl() + " s and the glue beside it, then asks " + DnsName.display(
                    ((Rdata.Target) ns.data()).name()) + " the same question.",
                    List.of("RFC 1034 §5.3.3", "RFC 2181 §5.4.1"));
        }
        if (m.answers().isEmpty()) {
            long ttl = m.authority().isEmpty() ? 0 : m.authority().get(0).ttl();
            return new Said(m.rcode() + " reaches the resolver", "The resolver caches the negative answer for " + ttl
                    + " s, the SOA's TTL that came with it, and passes it on: the next asker gets " + m.rcode()
                    + " from its cache.", List.of("RFC 2308 §5", "RFC 2308 §3"));
        }
        ResourceRecord last = m.answers().get(m.answers().size() - 1);
        boolean alias = last.type() == RecordType.CNAME;
        return new Said("The answer reaches the resolver", "The authoritative answer: " + records(m.answers())
                + ". The resolver caches each record set for its"
                + " TTL" + (alias ? " and follows the alias" : "") + " and answers the stub with RA set; the answer's"
                + " first name is a 2-byte pointer to the question's (name compression).",
                List.of("RFC 1034 §5.3.3", "RFC 1035 §4.1.4"));
    }

    String answerTitle(Lookup l, StubResolver.Result r) {
        return "Answer at the " + l.client() + " after " + SimTime.format(r.answeredAt() - r.startedAt());
    }

    String answered(Lookup l, StubResolver.Result r, int upstream, boolean resolverHit) {
        String what = r.rcode() != DnsMessage.Rcode.NOERROR ? r.rcode() + " (a negative answer, cached too)"
                : records(r.records());
        String how = resolverHit ? "the resolver answered from its cache, so the time is about one round trip to it ("
                + fmt(s.resolverRttMs()) + " ms)"
                : "the resolver asked " + upstream + " server" + (upstream == 1 ? "" : "s") + ", each about "
                + fmt(s.serverRttMs()) + " ms round trip away, on top of the " + fmt(s.resolverRttMs())
                + " ms round trip to the resolver";
        String tcp = r.overTcp() ? " Over TCP the connection's handshake costs one more round trip; the "
                + r.messageBytes() + "-byte answer would not have fit." : "";
        return what + ". Measured from the query leaving to the answer arriving: "
                + SimTime.format(r.answeredAt() - r.startedAt()) + "; " + how + "." + tcp
                + " The OS caches it for its TTL" + (l.client().equals(DnsNetwork.LAPTOP) ? ", the browser for at most "
                + StubResolver.BROWSER_CAP_SECONDS + " s." : ".");
    }

    List<String> answeredReferences(StubResolver.Result r) {
        return r.rcode() == DnsMessage.Rcode.NXDOMAIN ? List.of("RFC 2308 §5", "RFC 1035 §4.1.1")
                : r.overTcp() ? List.of("RFC 7766 §5", "RFC 1035 §4.2.2") : List.of("RFC 1035 §4.1.1", "RFC 1034 §5.3.1");
    }

    Said cached(Lookup l, StubResolver.Result r) {
        boolean browser = r.source() == StubResolver.Source.BROWSER_CACHE;
        long ttl = DnsResolutionSimulator.ttlOf(r);
        return new Said("Answered by the " + (browser ? "browser's" : "OS's") + " cache in "
                + SimTime.format(r.answeredAt() - r.startedAt()),
                "No packet leaves the " + l.client() + ": the " + (browser ? "browser" : "operating system")
                        + " still holds the answer (" + ttl + " s of TTL left), so it is "
                        + (r.rcode() == DnsMessage.Rcode.NOERROR ? "back at once." : r.rcode() + " at once.")
                        + (browser ? "" : " The browser's own copy expired after " + StubResolver.BROWSER_CAP_SECONDS
                        + " s; the OS keeps it for the full TTL."),
                List.of("RFC 1034 §5.3.1", "RFC 1035 §7.4"));
    }

    String source(StubResolver.Result r, int upstream, boolean resolverHit) {
        return switch (r.source()) {
            case BROWSER_CACHE -> "browser cache";
            case OS_CACHE -> "OS cache";
            case NETWORK -> resolverHit ? "resolver cache" : "resolver + " + upstream + " server" + (upstream == 1 ? ""
                    : "s") + (r.overTcp() ? ", then TCP" : "");
        };
    }

    String measurementLabel(StubResolver.Result r) {
        return "lookup: " + SimTime.format(r.answeredAt() - r.startedAt());
    }

    String summaryTitle() {
        return "Where each answer came from, and what it cost";
    }

    String summary(List<StubResolver.Result> results, List<String> wheres) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            StubResolver.Result r = results.get(i);
            parts.add((i + 1) + ". " + question(r.question()) + ": " + wheres.get(i) + ", "
                    + SimTime.format(r.answeredAt() - r.startedAt()));
        }
        return "Caches make DNS cheap: a local cache answers in no network time, the resolver's cache in one short "
                + "round trip, a full resolution costs a round trip to every server on the way down. "
                + String.join("; ", parts) + ".";
    }

    String cacheTitle(String which) {
        return switch (which) {
            case "browser" -> "Laptop: browser cache (at most " + StubResolver.BROWSER_CAP_SECONDS + " s)";
            case "os" -> "Laptop: OS cache";
            case "phone" -> "Phone: OS cache";
            default -> "Recursive resolver's cache";
        };
    }

    List<String> cacheColumns() {
        return List.of("Name", "Type", "Data", "TTL left");
    }

    String timingsTitle() {
        return "Lookups, measured";
    }

    List<String> timingsColumns() {
        return List.of("#", "Who", "Question", "Answered by", "Time");
    }

    String question(DnsMessage.Question q) {
        return q.type() + " " + DnsName.display(q.name());
    }

    String millis(long nanos) {
        return SimTime.format(nanos);
    }

    /** Up to two records in full, then how many more. */
    private String records(List<ResourceRecord> rs) {
        String shown = rs.stream().limit(2).map(this::record).collect(Collectors.joining("; "));
        return rs.size() > 2 ? shown + " and " + (rs.size() - 2) + " more" : shown;
    }

    private String record(ResourceRecord r) {
        return DnsName.display(r.name()) + " " + r.type() + " " + shortData(r) + " (TTL " + r.ttl() + " s)";
    }

    private static String shortData(ResourceRecord r) {
        String d = r.data().toString();
        return d.length() > 40 ? d.substring(0, 39) + "…" : d;
    }

    private static String serverName(String lane) {
        return switch (lane) {
            case DnsNetwork.ROOT -> "The root server";
            case DnsNetwork.TLD -> "The com. server";
            default -> "example.com.'s server";
        };
    }

    private static String fmt(double ms) {
        return ms == Math.rint(ms) ? Long.toString((long) ms) : String.format(Locale.ROOT, "%.1f", ms);
    }
}
