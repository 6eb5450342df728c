package org.wirewise.model.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.wirewise.model.dns.StubResolver;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.lb.BackendPicker;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.StepLink;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The journey's steps: one per phase boundary the user should stop at, each on the frame that
 * marks it (found among the hops by lanes and by the moment the browser noted), each linked to the
 * lesson step that teaches that phase in depth. Every step carries the phases finished so far.
 */
final class JourneySteps {

    /** The load balancer lesson as this journey's balancer runs: layer 4, 5-tuple hash, TLS passed through (in order). */
    private static final java.util.Map<String, String> LAYER_4 = new java.util.LinkedHashMap<>();

    static {
        LAYER_4.put("balancer", "layer-4");
        LAYER_4.put("algorithm", "hash");
        LAYER_4.put("https", "true");
    }

    private final JourneyScenario s;
    private final Browser.Times t;
    private final List<JourneyWire.Hop> hops;
    private final BackendPicker.Choice choice;
    private final JourneyNarration n;
    private final String app;
    private TraceBuilder builder;
    private final Waterfall waterfall;
    private final NavigationStart start;
    private final boolean whatIfs;

    JourneySteps(JourneyScenario s, Browser.Times t, List<JourneyWire.Hop> hops, BackendPicker.Choice choice,
                 JourneyNarration n, boolean whatIfs) {
        this.s = s;
        this.t = t;
        this.hops = hops;
        this.choice = choice;
        this.n = n;
        this.app = choice.backend() == 0 ? JourneyNetwork.APP_1 : JourneyNetwork.APP_2;
        this.waterfall = JourneyPhases.waterfall(t, hops, s, n);
        this.start = new NavigationStart(t.typedAt);
        this.whatIfs = whatIfs;
    }

    void record(TraceBuilder b) {
        this.builder = b;
        int pool = first(h -> h.from().equals(JourneyNetwork.APP_1) && h.to().equals(JourneyNetwork.DB));
        step(hops.get(pool).sentAt(), pool, JourneyNarration.Phase.POOL, link("tcp-handshake", 2, "link.syn"));
        step(t.typedAt, -1, JourneyNarration.Phase.TYPED, t.dnsSource == StubResolver.Source.BROWSER_CACHE
                ? link("dns-resolution", 10, "link.browserCache")
                : link("dns-resolution", 1, "link.resolution"));
        if (t.dnsSource != StubResolver.Source.BROWSER_CACHE) {
            resolution();
        }
        if (t.quic) {
            quic();
        } else {
            tcpAndTls();
        }
        List<JourneyPhases.Request> requests = JourneyPhases.requests(t, hops);
        JourneyPhases.Request html = requests.get(0);
        boolean h1 = s.http().equals("1.1");
        at(departure(html.sentAt(), html.port()), JourneyNarration.Phase.REQUEST, t.quic
                ? link("http3-quic", 4, "link.h3.request") : h1
                ? link("http-basics", 3, "link.h1.request") : link("http2", 5, "link.h2.request"));
        int query = first(h -> h.from().equals(app) && h.to().equals(JourneyNetwork.DB) && h.label().startsWith("pgsql Query"));
        at(query, JourneyNarration.Phase.QUERY);
        int rows = first(h -> h.from().equals(JourneyNetwork.DB) && h.to().equals(app) && h.label().startsWith("pgsql rows"));
        at(rows, JourneyNarration.Phase.ROWS);
        StepLink response = link("http-basics", 4, "link.h1.response");
        at(arrival(html.firstByteAt()), JourneyNarration.Phase.FIRST_BYTE, t.quic
                ? link("http3-quic", 4, "link.h3.firstByte") : h1 ? response
                : link("http2", 8, "link.h2.firstByte"));
        if (html.completeAt() > html.firstByteAt()) { // else the first byte's step says the HTML came whole
            at(arrival(html.completeAt()), JourneyNarration.Phase.HTML_DONE, t.quic
                    ? link("http3-quic", 4, "link.h3.html") : h1 ? response
                    : link("http2", 9, "link.h2.html"));
        }
        at(departure(requests.get(1).sentAt(), requests.get(1).port()), JourneyNarration.Phase.SUB_RESOURCES, t.quic
                ? link("http3-quic", 6, "link.h3.sub") : h1
                ? link("keep-alive-pooling", 5, "link.h1.sub") : link("http2", 11, "link.h2.sub"));
        if (t.connections.size() > 1) { // HTTP/1.1's further connections, each with its own handshakes
            int port = t.connections.get(1).localPort;
            at(first(h -> h.from().equals(JourneyNetwork.LAPTOP) && h.label().equals("SYN") && JourneyPhases.port(h) == port),
                    JourneyNarration.Phase.MORE_CONNECTIONS, link("keep-alive-pooling", 15, "link.h1.more"));
            JourneyPhases.Request waited = requests.stream().filter(r -> r.opened() && r.port() == port).findFirst()
                    .orElseThrow();
            at(departure(waited.sentAt(), port), JourneyNarration.Phase.WAITED_REQUEST,
                    link("http-hol-lab", 2, "link.h1.waited"));
        }
        at(arrival(t.doneAt), JourneyNarration.Phase.DONE, t.quic
                ? link("http3-quic", 15, "link.h3.done") : h1 ? link("keep-alive-pooling", 14, "link.h1.done")
                : link("http2", 1, "link.h2.done"));
    }

    /** TCP's handshake through the balancer, then TLS's over it. */
    private void tcpAndTls() {
        int syn = first(h -> h.from().equals(JourneyNetwork.LAPTOP) && h.label().equals("SYN"));
        at(syn, JourneyNarration.Phase.SYN, link("tcp-handshake", 2, "link.syn"));
        int picked = first(h -> h.from().equals(JourneyNetwork.LB) && h.to().equals(app) && h.label().equals("SYN"));
        at(picked, JourneyNarration.Phase.BALANCER, new StepLink("load-balancers", 2, LAYER_4, n.text("link.balancer")));
        at(arrival(t.first().connectEnd), JourneyNarration.Phase.SYN_ACK, link("tcp-handshake", 4, "link.synAck"));
        int hello = first(h -> h.from().equals(JourneyNetwork.LAPTOP) && h.label().equals("TLS ClientHello"));
        at(hello, JourneyNarration.Phase.CLIENT_HELLO, switch (s.tls()) {
            case "1.2" -> new StepLink("tls-handshake", 5, java.util.Map.of("version", "TLS 1.2"), n.text("link.hello12"));
            case "resumed" -> link("tls-resumption", 11, "link.helloResumed");
            default -> link("tls-handshake", 5, "link.hello13");
        });
        at(arrival(t.first().tlsEnd), JourneyNarration.Phase.TLS_DONE, switch (s.tls()) {
            case "1.2" -> new StepLink("tls-handshake", 8, java.util.Map.of("version", "TLS 1.2"),
                    n.text("link.tls12"));
            case "resumed" -> link("tls-resumption", 12, "link.tlsResumed");
            default -> link("tls-handshake", 6, "link.tls13");
        });
    }

    /**
     * QUIC's one handshake: the laptop's first Initial (the ClientHello in a CRYPTO frame), its UDP
     * mapping in the home NAT, the balancer choosing a backend for the UDP flow, the server's Initial
     * and Handshake packets arriving with its Finished.
     */
    private void quic() {
        int initial = first(h -> h.from().equals(JourneyNetwork.LAPTOP) && h.label().startsWith("QUIC Initial"));
        at(initial, JourneyNarration.Phase.QUIC_INITIAL,
                link("http3-quic", 2, "link.quicInitial"));
        int mapped = first(h -> h.from().equals(JourneyNetwork.HOME) && h.to().equals(JourneyNetwork.LB));
        at(mapped, JourneyNarration.Phase.QUIC_NAT, link("nat-table", 8, "link.nat"));
        int picked = first(h -> h.from().equals(JourneyNetwork.LB) && h.to().equals(app));
        at(picked, JourneyNarration.Phase.QUIC_BALANCER,
                new StepLink("load-balancers", 2, LAYER_4, n.text("link.balancer")),
                link("http3-quic", 9, "link.quicMigration"));
        at(arrival(t.first().connectEnd), JourneyNarration.Phase.QUIC_DONE,
                link("http3-quic", 3, "link.quicDone"));
    }

    /** The DNS part: the query, the NAT, the resolver's walk (when its cache is cold), the answer. */
    private void resolution() {
        int query = first(h -> h.from().equals(JourneyNetwork.LAPTOP) && h.label().startsWith("DNS query"));
        at(query, JourneyNarration.Phase.DNS_QUERY, link("dns-resolution", 2, "link.dnsQuery"));
        int nat = first(h -> h.from().equals(JourneyNetwork.HOME) && h.to().equals(JourneyNetwork.RESOLVER));
        at(nat, JourneyNarration.Phase.NAT, link("nat-table", 8, "link.nat"));
        if (t.dnsSource == StubResolver.Source.NETWORK && s.caches().equals("cold")) {
            at(first(h -> h.from().equals(JourneyNetwork.ROOT)), JourneyNarration.Phase.ROOT,
                    link("dns-resolution", 4, "link.root"));
            at(first(h -> h.from().equals(JourneyNetwork.TLD)), JourneyNarration.Phase.TLD,
                    link("dns-resolution", 6, "link.tld"));
            at(first(h -> h.from().equals(JourneyNetwork.AUTH)), JourneyNarration.Phase.AUTH,
                    link("dns-resolution", 8, "link.auth"));
        } else {
            at(first(h -> h.from().equals(JourneyNetwork.RESOLVER) && h.label().startsWith("DNS response")),
                    JourneyNarration.Phase.RESOLVER_CACHE, link("dns-resolution", 12, "link.resolverCache"));
        }
        at(arrival(t.dnsEnd), JourneyNarration.Phase.DNS_ANSWER, link("dns-resolution", 9, "link.dnsAnswer"));
    }

    /** A link to {@code lesson}'s step {@code step}, its caption the bundle's text under {@code caption}. */
    private StepLink link(String lesson, int step, String caption) {
        return new StepLink(lesson, step, n.text(caption));
    }

    private void at(int hop, JourneyNarration.Phase phase, StepLink... links) {
        JourneyWire.Hop h = hops.get(hop);
        long time = h.to().equals(JourneyNetwork.LAPTOP) || !h.from().equals(JourneyNetwork.LAPTOP)
                ? h.arrivesAt() : h.sentAt();
        step(time, hop, phase, links);
    }

    private void step(long time, int packet, JourneyNarration.Phase phase, StepLink... links) {
        JourneyNarration.Text text = n.text(phase, new JourneyNarration.Context(t, hops, choice, packet));
        List<Table> tables = phase == JourneyNarration.Phase.DONE && whatIfs
                ? List.of(phases(time), JourneyWhatIfs.table(s, t.doneAt - t.typedAt, n)) : List.of(phases(time));
        builder.step(time, text.title(), text.narration(), text.references(), packet,
                new Snapshot(List.of(), measurements(time), tables, List.of(waterfall, start)), List.of(links));
    }

    /** The first hop the predicate accepts; a run without it is a bug in the script, not in the user's input. */
    private int first(Predicate<JourneyWire.Hop> p) {
        for (int i = 0; i < hops.size(); i++) {
            if (p.test(hops.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("the journey has no such frame");
    }

    /** The frame that reached the laptop at {@code time} (the browser acted on it then). */
    private int arrival(long time) {
        return first(h -> h.to().equals(JourneyNetwork.LAPTOP) && h.arrivesAt() == time
                && h.fate() == org.wirewise.model.sim.Link.Fate.DELIVERED);
    }

    /** The frame with data the laptop sent at {@code time} on the connection from {@code port} (QUIC's: any, its one). */
    private int departure(long time, int port) {
        return first(h -> h.from().equals(JourneyNetwork.LAPTOP) && h.sentAt() == time && !h.label().equals("ACK")
                && (t.quic || JourneyPhases.port(h) == port));
    }

    /** The browser's phases that have ended by {@code time}, as spans on the laptop's lane. */
    private List<Measurement> measurements(long time) {
        List<Measurement> out = new ArrayList<>();
        for (JourneyPhases.Part p : JourneyPhases.of(t, hops)) {
            if (p.to() <= time && p.to() > p.from()) {
                out.add(new Measurement(n.text("measurement", n.phase(p.kind()), n.ms(p.to() - p.from())), JourneyNetwork.LAPTOP,
                        p.from(), p.to()));
            }
        }
        return out.isEmpty() ? out : List.of(out.get(out.size() - 1));
    }

    private Table phases(long time) {
        List<Table.Row> rows = new ArrayList<>();
        for (JourneyPhases.Part p : JourneyPhases.of(t, hops)) {
            if (p.to() <= time) {
                rows.add(new Table.Row(List.of(n.phase(p.kind()), p.request(), n.ms(p.from() - t.typedAt),
                        n.ms(p.to() - p.from())), p.to() == time));
            }
        }
        return new Table(JourneySimulator.PHASES, n.text("table.phases"), List.of(n.text("table.phases.phase"),
                n.text("table.phases.request"), n.text("table.phases.began"), n.text("table.phases.took")), rows);
    }
}
