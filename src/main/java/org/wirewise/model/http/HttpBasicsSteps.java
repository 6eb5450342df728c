package org.wirewise.model.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.http.HttpBasicsSimulator.Done;
import org.wirewise.model.http.HttpBasicsSimulator.Point;

/**
 * The basics lesson's trace: one arrow per packet from host to host, and steps at the packets that
 * teach something: the SYN, the first request and response, each status code's response, the
 * proxy's reset. Each step shows the requests answered so far; the methods and status-class tables
 * come with their steps.
 */
final class HttpBasicsSteps {

    private final HttpBasicsScenario s;
    private final HttpBasicsNarration n;
    private final List<HostArrows.Arrow> arrows;
    private final List<Done> done;
    private final List<Integer> ids = new ArrayList<>();
    private TraceBuilder trace;

    HttpBasicsSteps(HttpBasicsScenario s, Locale language, List<HostArrows.Arrow> arrows, List<Done> done) {
        this.s = s;
        this.n = new HttpBasicsNarration(s, language);
        this.arrows = arrows;
        this.done = done;
    }

    Trace build() {
        trace = new TraceBuilder(HttpBasicsSimulator.LESSON_ID, List.of(lane(HttpBasicsSimulator.CLIENT, "192.0.2.10"),
                lane(HttpBasicsSimulator.WWW, "198.51.100.80"), lane(HttpBasicsSimulator.PROXY, "203.0.113.10"),
                lane(HttpBasicsSimulator.API, "10.0.0.80")));
        for (HostArrows.Arrow a : arrows) {
            ids.add(trace.packet(a.from(), a.to(), a.sentAt(), a.arrivesAt(), a.fate(), HostArrows.label(a.segment()),
                    a.frame()));
        }
        trace.step(0, n.introTitle(), n.intro("192.0.2.10", "198.51.100.80"), n.references("RFC 9112 §2", "RFC 9110 §3"),
                -1, snapshot(0, false, null));
        int syn = find(a -> a.from().equals(HttpBasicsSimulator.CLIENT) && a.segment().has(TcpFlags.SYN));
        int synAck = find(a -> a.to().equals(HttpBasicsSimulator.CLIENT) && a.segment().has(TcpFlags.SYN));
        if (syn >= 0 && synAck >= 0) {
            trace.step(arrows.get(syn).sentAt(), n.synTitle(), n.syn(arrows.get(synAck).arrivesAt() - arrows.get(syn).sentAt(),
                    arrows.get(syn).segment().sourcePort()), n.references("RFC 9112 §9.1", "RFC 9112 §9.3", "RFC 9293 §3.5"),
                    ids.get(syn), snapshot(0, false, null));
        }
        for (int i = 0; i < done.size(); i++) {
            steps(i);
        }
        List<Integer> codes = done.stream().flatMap(d -> d.exchange().response().stream()).map(r -> r.status().code())
                .distinct().sorted().toList();
        long end = done.isEmpty() ? 0 : done.get(done.size() - 1).exchange().completeAt();
        long connections = done.stream().map(d -> d.server() + d.exchange().connection()).distinct().count();
        trace.step(end, n.summaryTitle(), n.summary(codes, done.size(), (int) connections),
                n.references("RFC 9110 §15"), -1, snapshot(done.size(), false,
                        new Table(HttpBasicsSimulator.STATUS_CLASSES, n.classesTitle(), n.classColumns(), n.classRows(codes))));
        return trace.build();
    }

    private void steps(int i) {
        Done d = done.get(i);
        HttpExchange e = d.exchange();
        HttpResponse r = e.response().orElse(null);
        int request = find(a -> a.from().equals(HttpBasicsSimulator.CLIENT) && a.to().equals(d.server())
                && a.segment().payloadLength() > 0 && a.sentAt() >= e.sentAt());
        int response = find(a -> a.to().equals(HttpBasicsSimulator.CLIENT) && a.from().equals(d.server())
                && a.segment().payloadLength() > 0 && a.sentAt() >= e.sentAt());
        long took = e.completeAt() - e.sentAt();
        switch (d.point()) {
            case PAGE -> {
                step(request, i, false, n.requestTitle(), n.request(e.request(), e.request().encode().length),
                        "RFC 9112 §3", "RFC 9112 §5", "RFC 9110 §7.2");
                int head = headBytes(r);
                step(response, i, true, n.responseTitle(), n.response(r, head, took), "RFC 9112 §4",
                        s.framing() == HttpBasicsScenario.Framing.CHUNKED ? "RFC 9112 §7.1" : "RFC 9112 §6.2",
                        "RFC 9110 §8.8.3");
                trace.step(e.completeAt(), n.methodsTitle(), n.methods(), n.references("RFC 9110 §9.2.1",
                        "RFC 9110 §9.2.2", "RFC 9110 §9.3"), -1, snapshot(i + 1, false,
                        new Table(HttpBasicsSimulator.METHODS, n.methodsTableTitle(), n.methodColumns(), n.methodRows())));
            }
            case CONDITIONAL -> {
                step(request, i, false, n.conditionalTitle(), n.conditional(e.request().fields().get("If-None-Match")
                        .orElse("")), "RFC 9110 §13.1.2", "RFC 9111 §5.2.2.4");
                step(response, i, true, n.notModifiedTitle(), n.notModified(r.encode().length,
                        done.get(0).exchange().response().map(x -> x.encode().length).orElse(0), took),
                        "RFC 9110 §15.4.5", "RFC 9112 §6.3");
            }
            case MOVED -> step(response, i, true, n.movedTitle(), n.moved(location(r), took, duration(i + 1)),
                    "RFC 9110 §15.4.2", "RFC 9110 §10.2.2");
            case FOUND -> step(response, i, true, n.foundTitle(), n.found(location(r), duration(i + 1)),
                    "RFC 9110 §15.4.3", "RFC 9110 §15.4");
            case UNAUTHORIZED -> step(response, i, true, n.unauthorizedTitle(),
                    n.unauthorized(r.fields().get("WWW-Authenticate").orElse("")), "RFC 9110 §15.5.2", "RFC 9110 §11.6.1");
            case FORBIDDEN -> step(response, i, true, n.forbiddenTitle(), n.forbidden(), "RFC 9110 §15.5.4");
            case RATE_LIMITED -> step(response, i, true, n.rateLimitedTitle(), n.rateLimited(retryAfter(r),
                    ShopSite.SEARCH_BURST), "RFC 6585 §4", "RFC 9110 §10.2.3");
            case RETRY -> step(request, i, false, n.retryTitle(), n.retry(retryAfter(done.get(i - 1).exchange().response()
                    .orElseThrow()), e.sentAt() - done.get(i - 1).exchange().completeAt(), e.connection(), i + 1),
                    "RFC 9110 §10.2.3", "RFC 9112 §9.3");
            case BAD_GATEWAY -> {
                step(request, i, false, n.proxyTitle(), n.proxy("203.0.113.10", "10.0.0.80"), "RFC 9110 §3.7",
                        "RFC 9110 §7.6.3");
                int rst = find(a -> a.from().equals(HttpBasicsSimulator.API) && a.segment().has(TcpFlags.RST));
                step(rst, i, false, n.resetTitle(), n.reset(), "RFC 9293 §3.10.7.1");
                step(response, i, true, n.badGatewayTitle(), n.badGateway(r.body().text().strip()), "RFC 9110 §15.6.3");
            }
            case GATEWAY_TIMEOUT -> step(response, i, true, n.gatewayTimeoutTitle(), n.gatewayTimeout(took),
                    "RFC 9110 §15.6.5");
            case UNAVAILABLE -> step(response, i, true, n.unavailableTitle(), n.unavailable(retryAfter(r),
                    String.join(", ", r.fields().all("Via"))), "RFC 9110 §15.6.4", "RFC 9110 §7.6.3");
            case SEARCH, FOLLOWED -> {
                // in the table of requests; the step before or after tells their story
            }
        }
    }

    private void step(int arrow, int exchange, boolean answered, String title, String text, String... references) {
        long time = arrow >= 0 ? arrows.get(arrow).sentAt() : done.get(exchange).exchange().completeAt();
        trace.step(time, title, text, List.of(references), arrow >= 0 ? ids.get(arrow) : -1,
                snapshot(answered ? exchange + 1 : exchange, !answered, null));
    }

    /**
     * The requests table: the first {@code answered} exchanges, then the next one still waiting if {@code pending};
     * its last row is the step's subject unless the step brings a table of its own ({@code extra}: the methods, the
     * status classes), which is then the one highlighted.
     */
    private Snapshot snapshot(int answered, boolean pending, Table extra) {
        List<Table.Row> rows = new ArrayList<>();
        int shown = pending ? Math.min(answered + 1, done.size()) : answered;
        for (int i = 0; i < shown; i++) {
            Done d = done.get(i);
            rows.add(new Table.Row(n.exchangeRow(i, d.exchange(), n.laneTitle(d.server()), i < answered),
                    extra == null && i == shown - 1));
        }
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(HttpBasicsSimulator.EXCHANGES, n.exchangesTitle(), n.exchangeColumns(), rows));
        if (extra != null) {
            tables.add(extra);
        }
        return new Snapshot(List.of(), List.of(), tables);
    }

    private long duration(int i) {
        return i < done.size() ? done.get(i).exchange().completeAt() - done.get(i).exchange().sentAt() : 0;
    }

    /** Start line, field lines and the empty line, each with its CRLF. */
    private static int headBytes(HttpResponse r) {
        return r.startLine().length() + 2 + r.fields().list().stream().mapToInt(f -> f.line().length() + 2).sum() + 2;
    }

    private static String location(HttpResponse r) {
        return r.fields().get("Location").orElse("");
    }

    private static String retryAfter(HttpResponse r) {
        return r.fields().get("Retry-After").orElse("");
    }

    private Lane lane(String id, String address) {
        return new Lane(id, n.laneTitle(id), address);
    }

    private int find(Predicate<HostArrows.Arrow> p) {
        for (int i = 0; i < arrows.size(); i++) {
            if (p.test(arrows.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
