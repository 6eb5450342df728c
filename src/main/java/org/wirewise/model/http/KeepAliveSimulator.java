package org.wirewise.model.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.SeriesKey;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.TcpState;

/**
 * The keep-alive and pooling lesson: the same N GETs from a client to an API server four ways, one
 * after another on one network: (a) a new connection per request, closed by the client, (b) one
 * kept-alive connection, (c) a pool of P connections (all N at once, so most wait; later a reuse
 * after a health check, a server reload that closes idle connections, a health check that finds
 * one dead, and the pool's idle timeout), (d) six connections per host as browsers open.
 */
public final class KeepAliveSimulator {

    public static final String LESSON_ID = "keep-alive-pooling";
    /** What each way cost, a row per way once it has run. */
    public static final TableKey COSTS = TableKey.of("keep-alive-costs");
    /** The pool's connections and queue at the step. */
    public static final TableKey POOL = TableKey.of("keep-alive-pool");
    /** The pool's active, idle and waiting counts over time. */
    public static final SeriesKey<LongSeries> POOL_SERIES = new SeriesKey<>("pool", LongSeries.class);
    /** The tables a view shows, in order. */
    public static final List<TableKey> TABLES = List.of(COSTS, POOL);
    /** Apache HttpClient's validateAfterInactivity default: idle this long and a connection is checked before reuse. */
    static final long CHECK_AFTER_IDLE = SimTime.seconds(2);
    /** Apache httpd's KeepAliveTimeout default. */
    static final long SERVER_KEEP_ALIVE = SimTime.seconds(5);
    static final int BROWSER_CONNECTIONS = 6;
    static final String HOST = "api.example";

    enum Way { NEW_CONNECTION, KEEP_ALIVE, POOL, BROWSER }

    /** One way of connecting, measured at its end. */
    record Phase(Way way, long start, long end, int clientTimeWait, int serverTimeWait, List<HttpExchange> exchanges) {
    }

    /** What the pool did, when: what its steps show. */
    record PoolEvent(long time, String kind, int localPort) {
    }

    private final KeepAliveScenario s;
    private final KeepAliveNarration n;
    private final ClientServer net;
    private final HostArrows arrows = new HostArrows();
    private final Http1Server server;
    private final ArrayDeque<Consumer<Runnable>> script = new ArrayDeque<>();
    private final List<Phase> phases = new ArrayList<>();
    private final List<PoolEvent> poolEvents = new ArrayList<>();
    private final List<ConnectionPool.Counts> counts = new ArrayList<>();
    private List<HttpExchange> current = new ArrayList<>();
    private long phaseStart;

    public static Trace simulate(KeepAliveScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(KeepAliveScenario scenario, Locale language) {
        return new KeepAliveSimulator(scenario, language).run();
    }

    private KeepAliveSimulator(KeepAliveScenario scenario, Locale language) {
        this.s = scenario;
        this.n = new KeepAliveNarration(scenario, language);
        this.net = new ClientServer(scenario.seed(), scenario.rttMs(), 1000, 1000);
        net.network.observe(arrows::observe);
        server = new Http1Server(net.server, "api", 80, HttpBasicsSimulator.LINUX, (r, respond) -> respond.accept(
                HttpResponse.of(HttpStatus.OK, HttpFields.of("Content-Type", "application/json"),
                        HttpBody.sized("{\"item\":\"" + r.target().substring(r.target().lastIndexOf('/') + 1) + "\"}"))))
                .keepAliveTimeout(SERVER_KEEP_ALIVE);
        server.start();
    }

    private Trace run() {
        begin();
        for (int i = 0; i < s.requests(); i++) {
            int n = i;
            script.add(next -> {
                Http1Connection c = Http1Connection.open(net.clientTcp, HttpBasicsSimulator.LINUX,
                        net.serverIdentity().address(), 80);
                c.send(request(n), e -> {
                    current.add(e);
                    c.close(); // the client closes first: the TIME-WAIT is the client's (RFC 9293 §3.6)
                    next.run();
                });
            });
        }
        end(Way.NEW_CONNECTION, SimTime.seconds(1));
        Http1Connection[] one = new Http1Connection[1];
        script.add(next -> {
            one[0] = Http1Connection.open(net.clientTcp, HttpBasicsSimulator.LINUX, net.serverIdentity().address(), 80);
            next.run();
        });
        for (int i = 0; i < s.requests(); i++) {
            int n = i;
            script.add(next -> one[0].send(request(n), e -> {
                current.add(e);
                next.run();
            }));
        }
        script.add(next -> {
            one[0].close();
            next.run();
        });
        end(Way.KEEP_ALIVE, SimTime.seconds(1));
        ConnectionPool pool = pool(s.poolSize(), true);
        long idle = (long) (s.poolIdleSeconds() * 1e9);
        long[] firstBurstEnd = new long[1];
        burst(pool, s.requests(), 0);
        script.add(next -> {
            firstBurstEnd[0] = net.network.now();
            // long enough idle for the health check, and (at the default) before the idle timeout
            net.network.simulation().schedule(CHECK_AFTER_IDLE + SimTime.millis(500), next);
        });
        burst(pool, 1, 0);
        script.add(next -> net.network.simulation().at(Math.max(net.network.now(),
                firstBurstEnd[0] + idle + SimTime.millis(500)), next)); // after the unused connections' idle timeout
        script.add(next -> {
            int closed = server.closeIdleConnections();
            poolEvents.add(new PoolEvent(net.network.now(), "reload:" + closed, 0));
            net.network.simulation().schedule(SimTime.seconds(1), next);
        });
        burst(pool, 1, idle + SimTime.millis(500));
        end(Way.POOL, SimTime.seconds(1));
        burst(pool(BROWSER_CONNECTIONS, false), s.requests(), 0);
        end(Way.BROWSER, SimTime.seconds(1));
        boolean[] finished = new boolean[1];
        script.add(next -> finished[0] = true);
        next();
        while (!finished[0] && net.network.simulation().step()) {
            // until the last way is measured: the idle connections' later closing is not part of the lesson
        }
        return new KeepAliveSteps(s, n, arrows.arrows(), phases, poolEvents, counts, series()).build();
    }

    private ConnectionPool pool(int size, boolean watched) {
        ConnectionPool pool = new ConnectionPool(net.clientTcp, net.serverIdentity().address(), 80,
                new ConnectionPool.Settings(size, (long) (s.poolIdleSeconds() * 1e9), CHECK_AFTER_IDLE,
                        HttpBasicsSimulator.LINUX));
        if (watched) {
            pool.observe(new ConnectionPool.Observer() {
                @Override
                public void changed(ConnectionPool.Counts c) {
                    counts.add(c);
                }

                @Override
                public void retired(Http1Connection c, ConnectionPool.Retirement why) {
                    poolEvents.add(new PoolEvent(net.network.now(), why.name(), c.localPort()));
                }

                @Override
                public void checked(Http1Connection c, boolean healthy) {
                    poolEvents.add(new PoolEvent(net.network.now(), healthy ? "check-passed" : "check-failed",
                            c.localPort()));
                }
            });
        }
        return pool;
    }

    /** {@code count} requests handed to the pool at once; the script goes on {@code pause} after the last answer. */
    private void burst(ConnectionPool pool, int count, long pause) {
        script.add(next -> {
            poolEvents.add(new PoolEvent(net.network.now(), "burst:" + count, 0));
            int[] left = {count};
            for (int i = 0; i < count; i++) {
                pool.execute(request(current.size() + i), e -> {
                    current.add(e);
                    if (--left[0] == 0) {
                        net.network.simulation().schedule(pause, next);
                    }
                });
            }
        });
    }

    private void begin() {
        phaseStart = 0;
        current = new ArrayList<>();
    }

    /** Closes a way: measures it when the script reaches here, then waits {@code gap} before the next. */
    private void end(Way way, long gap) {
        script.add(next -> {
            long now = net.network.now();
            long last = current.stream().mapToLong(HttpExchange::completeAt).max().orElse(now);
            List<HttpExchange> mine = List.copyOf(current);
            current = new ArrayList<>();
            net.network.simulation().schedule(gap, () -> { // the last FIN exchanges are over by now
                phases.add(new Phase(way, phaseStart, last, timeWait(net.clientTcp, mine), timeWait(net.serverTcp, mine),
                        mine));
                phaseStart = net.network.now();
                next.run();
            });
        });
    }

    /** Sockets of this way's connections (by the client's port) in TIME-WAIT now. */
    private static int timeWait(org.wirewise.model.transport.TcpStack tcp, List<HttpExchange> exchanges) {
        java.util.Set<Integer> ports = new java.util.HashSet<>();
        exchanges.forEach(e -> ports.add(e.connection()));
        return (int) tcp.sockets().stream().filter(x -> x.endpoint().state() == TcpState.TIME_WAIT)
                .filter(x -> ports.contains(x.localPort()) || ports.contains(x.endpoint().remotePort())).count();
    }

    private LongSeries series() {
        LongSeries.Builder b = LongSeries.builder(POOL_SERIES.id(), n.seriesTitle(), "active", "idle", "waiting");
        for (ConnectionPool.Counts c : counts) {
            b.add(c.time(), c.active(), c.idle(), c.waiting());
        }
        return b.build();
    }

    private void next() {
        Consumer<Runnable> action = script.poll();
        if (action != null) {
            action.accept(this::next);
        }
    }

    private static HttpRequest request(int n) {
        return HttpRequest.get(HOST, "/items/" + (n + 1), HttpFields.of("Accept", "application/json"));
    }
}
