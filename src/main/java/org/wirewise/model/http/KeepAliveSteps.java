package org.wirewise.model.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.wirewise.model.http.KeepAliveSimulator.Phase;
import org.wirewise.model.http.KeepAliveSimulator.PoolEvent;
import org.wirewise.model.http.KeepAliveSimulator.Way;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.transport.ClientServer;

/**
 * The keep-alive lesson's trace: every packet, and steps where each way shows its cost: the
 * handshakes of (a), the reuse of (b), the pool's queue, health checks, reload and idle timeout in
 * (c), the six connections of (d); the costs table fills as each way ends.
 */
final class KeepAliveSteps {

    private final KeepAliveScenario s;
    private final KeepAliveNarration n;
    private final List<HostArrows.Arrow> arrows;
    private final List<Phase> phases;
    private final List<PoolEvent> events;
    private final List<ConnectionPool.Counts> counts;
    private final LongSeries series;
    private final List<Integer> ids = new ArrayList<>();
    private record Pending(long time, String title, String text, List<String> references, int packet,
                           Snapshot snapshot) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private TraceBuilder trace;
    private int phasesDone;

    KeepAliveSteps(KeepAliveScenario s, KeepAliveNarration n, List<HostArrows.Arrow> arrows, List<Phase> phases,
                   List<PoolEvent> events, List<ConnectionPool.Counts> counts, LongSeries series) {
        this.s = s;
        this.n = n;
        this.arrows = arrows;
        this.phases = phases;
        this.events = events;
        this.counts = counts;
        this.series = series;
    }

    Trace build() {
        trace = new TraceBuilder(KeepAliveSimulator.LESSON_ID, List.of(
                new Lane(ClientServer.CLIENT, n.clientLane(), "192.0.2.10"),
                new Lane(ClientServer.SERVER, n.serverLane(), "198.51.100.80:80")));
        for (HostArrows.Arrow a : arrows) {
            ids.add(trace.packet(a.from(), a.to(), a.sentAt(), a.arrivesAt(), a.fate(), HostArrows.label(a.segment()),
                    a.frame()));
        }
        trace.series(series);
        trace.step(0, n.introTitle(), n.intro(), List.of("RFC 9112 §9.3", "RFC 9110 §9.2.2"), -1, snapshot(0, false));
        for (Phase p : phases) {
            phaseSteps(p);
            flush();
            phasesDone++;
            List<HttpExchange> first = first(p);
            long time = time(first);
            trace.step(p.end(), n.phaseEndTitle(p.way()), n.phaseEnd(p, time, handshakes(first)),
                    List.of(p.way() == Way.NEW_CONNECTION ? "RFC 9293 §3.6" : "RFC 9112 §9.3"), -1,
                    snapshot(p.end(), p.way() == Way.POOL));
        }
        Phase last = phases.get(phases.size() - 1);
        trace.step(last.end(), n.summaryTitle(), n.summary(phases.get(0), phases.get(1)),
                List.of("RFC 9112 §9.3", "RFC 9293 §3.6"), -1, snapshot(last.end(), false));
        return trace.build();
    }

    private void phaseSteps(Phase p) {
        List<HttpExchange> ex = p.exchanges();
        switch (p.way()) {
            case NEW_CONNECTION -> {
                step(syn(p.start()), n.newConnectionTitle(), n.newConnection(), false, "RFC 9293 §3.5", "RFC 9112 §9.1");
                if (ex.size() > 1) {
                    step(syn(ex.get(1).queuedAt()), n.againTitle(), n.again(ex.get(1).connection()), false,
                            "RFC 9112 §9.3", "RFC 9293 §3.5");
                }
            }
            case KEEP_ALIVE -> {
                if (ex.size() > 1) {
                    step(request(ex.get(1)), n.reuseTitle(), n.reuse(ex.get(1).connection()), false, "RFC 9112 §9.3");
                }
            }
            case POOL -> poolSteps(p);
            case BROWSER -> step(syn(p.start()), n.browserTitle(), n.browser(handshakes(first(p))), false,
                    "RFC 9112 §9.4");
        }
    }

    private void poolSteps(Phase p) {
        PoolEvent burst = event(e -> e.kind().startsWith("burst:") && e.time() >= p.start());
        ConnectionPool.Counts atBurst = countsAt(burst.time());
        step(syn(burst.time()), n.burstTitle(), n.burst(atBurst), true, "RFC 9112 §9.3", "RFC 9112 §9.3.2");
        p.exchanges().stream().filter(e -> e.sentAt() - e.queuedAt() > 0 && reused(e, p)).findFirst().ifPresent(e ->
                step(request(e), n.queuedTitle(), n.queued(e.sentAt() - e.queuedAt(), e.connection()), true,
                        "RFC 9112 §9.3"));
        PoolEvent passed = event(e -> e.kind().equals("check-passed") && e.time() >= p.start());
        if (passed != null) {
            HttpExchange e = exchangeAt(p, passed.time());
            long idle = e == null ? 0 : passed.time() - previousOn(p, e);
            step(e == null ? -1 : request(e), n.checkPassedTitle(), n.checkPassed(idle), true, "RFC 9112 §9.3");
        }
        PoolEvent reload = event(e -> e.kind().startsWith("reload:") && e.time() >= p.start());
        if (reload != null) {
            int fin = find(a -> a.from().equals(ClientServer.SERVER) && a.segment().has(TcpFlags.FIN)
                    && a.sentAt() >= reload.time());
            step(fin, n.reloadTitle(), n.reload(Integer.parseInt(reload.kind().substring(7))), true, "RFC 9112 §9.6",
                    "RFC 9293 §3.6");
        }
        PoolEvent failed = event(e -> e.kind().equals("check-failed") && e.time() >= p.start());
        if (failed != null) {
            int discarded = (int) events.stream().filter(e -> e.kind().equals("check-failed")).count();
            step(syn(failed.time()), n.checkFailedTitle(), n.checkFailed(discarded), true, "RFC 9112 §9.3");
        }
        PoolEvent idle = event(e -> e.kind().equals("IDLE_TIMEOUT") && e.time() >= p.start());
        if (idle != null) {
            int fin = find(a -> a.from().equals(ClientServer.CLIENT) && a.segment().has(TcpFlags.FIN)
                    && a.sentAt() >= idle.time());
            step(fin, n.idleTimeoutTitle(), n.idleTimeout(), true, "RFC 9293 §3.6");
        }
    }

    private void step(int arrow, String title, String text, boolean pool, String... references) {
        if (arrow < 0) {
            return; // the run did not produce the moment this step is about (a parameter ruled it out)
        }
        long time = arrows.get(arrow).sentAt();
        pending.add(new Pending(time, title, text, List.of(references), ids.get(arrow), snapshot(time, pool)));
    }

    /** A way's steps go in in time order: the pool's moments are found event by event, not in the order they happened. */
    private void flush() {
        pending.stream().sorted(java.util.Comparator.comparingLong(Pending::time)).forEach(p ->
                trace.step(p.time(), p.title(), p.text(), p.references(), p.packet(), p.snapshot()));
        pending.clear();
    }

    private Snapshot snapshot(long time, boolean pool) {
        List<Table> tables = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < phasesDone; i++) {
            List<HttpExchange> first = first(phases.get(i));
            rows.add(n.costRow(phases.get(i), handshakes(first), time(first), i == phasesDone - 1));
        }
        tables.add(new Table(KeepAliveSimulator.COSTS, n.costsTitle(), n.costColumns(), rows));
        if (pool) {
            tables.add(new Table(KeepAliveSimulator.POOL, n.poolTitle(), n.poolColumns(), List.of(n.poolRow(countsAt(time)))));
        }
        return new Snapshot(List.of(), List.of(), tables);
    }

    /** The scenario's N requests of a way (the pool's later single requests are not part of the comparison). */
    private List<HttpExchange> first(Phase p) {
        return p.exchanges().subList(0, Math.min(s.requests(), p.exchanges().size()));
    }

    private static long time(List<HttpExchange> ex) {
        long start = ex.stream().mapToLong(HttpExchange::queuedAt).min().orElse(0);
        return ex.stream().mapToLong(HttpExchange::completeAt).max().orElse(start) - start;
    }

    private static int handshakes(List<HttpExchange> ex) {
        return (int) ex.stream().map(HttpExchange::connection).distinct().count();
    }

    private boolean reused(HttpExchange e, Phase p) {
        return p.exchanges().stream().anyMatch(o -> o != e && o.connection() == e.connection() && o.completeAt() <= e.sentAt());
    }

    private HttpExchange exchangeAt(Phase p, long time) {
        return p.exchanges().stream().filter(e -> e.queuedAt() == time).findFirst().orElse(null);
    }

    private long previousOn(Phase p, HttpExchange e) {
        return p.exchanges().stream().filter(o -> o.connection() == e.connection() && o.completeAt() <= e.queuedAt())
                .mapToLong(HttpExchange::completeAt).max().orElse(e.queuedAt());
    }

    private ConnectionPool.Counts countsAt(long time) {
        ConnectionPool.Counts found = new ConnectionPool.Counts(time, 0, 0, 0, 0, 0, 0);
        for (ConnectionPool.Counts c : counts) {
            if (c.time() <= time) {
                found = c;
            }
        }
        return found;
    }

    private PoolEvent event(Predicate<PoolEvent> p) {
        return events.stream().filter(p).findFirst().orElse(null);
    }

    private int syn(long after) {
        return find(a -> a.from().equals(ClientServer.CLIENT) && a.segment().has(TcpFlags.SYN) && a.sentAt() >= after);
    }

    private int request(HttpExchange e) {
        return find(a -> a.from().equals(ClientServer.CLIENT) && a.segment().payloadLength() > 0 && a.sentAt() >= e.sentAt());
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
