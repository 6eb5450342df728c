package org.wirewise.model.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.SeriesKey;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The WebSocket scaling lesson: four users behind a layer-7 proxy in front of 2 to 4 chat servers
 * on one network (every packet real, the WebSocket frames and RESP commands included), then what
 * the network part leads to at scale: the memory and file descriptors of idle connections, a
 * mobile client's backoff, and a thundering herd with and without jitter.
 */
public final class ScalingSimulator {

    public static final String LESSON_ID = "websocket-scaling";
    public static final String USERS = "users";
    public static final String PROXY = "lb";
    public static final String BROKER = "broker";
    /** Which user is connected to which server at the step. */
    public static final TableKey WHERE = TableKey.of("ws-where");
    /** The proxy's choices so far. */
    public static final TableKey PICKS = TableKey.of("ws-picks");
    public static final TableKey COSTS = TableKey.of("ws-costs");
    public static final TableKey LIMITS = TableKey.of("ws-limits");
    public static final TableKey BACKOFF = TableKey.of("ws-backoff");
    public static final TableKey HERD = TableKey.of("ws-herd");
    public static final List<TableKey> TABLES = List.of(WHERE, PICKS, COSTS, LIMITS, BACKOFF, HERD);
    /** Reconnect attempts per 100 ms after a restart: without jitter, with full jitter. */
    public static final SeriesKey<LongSeries> HERD_SERIES = new SeriesKey<>("ws-herd", LongSeries.class);

    private final ScalingScenario s;
    private final ScalingRun run;
    private final ScalingNarration n;
    private final ScalingTables tables;
    private final TraceBuilder trace;

    /** The lesson in English. */
    public static Trace simulate(ScalingScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(ScalingScenario scenario, Locale language) {
        check(scenario.servers(), ScalingScenario.MIN_SERVERS, ScalingScenario.MAX_SERVERS, "servers");
        check(scenario.connections(), 1, ScalingScenario.MAX_CONNECTIONS, "connections");
        check(scenario.appKib(), 0, 1024, "appKib");
        check(scenario.herdClients(), 1, ScalingScenario.MAX_HERD, "herdClients");
        check(scenario.acceptsPer100ms(), 1, ScalingScenario.MAX_HERD, "acceptsPer100ms");
        return new ScalingSimulator(scenario, language).build();
    }

    private static void check(long value, long min, long max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", got " + value);
        }
    }

    private ScalingSimulator(ScalingScenario scenario, Locale language) {
        this.s = scenario;
        this.run = new ScalingRun(scenario);
        this.n = new ScalingNarration(scenario, language);
        this.tables = new ScalingTables(scenario, run, n);
        List<Lane> lanes = new ArrayList<>();
        lanes.add(new Lane(USERS, n.usersLane(), String.join(", ", ScalingNetwork.USERS)));
        lanes.add(new Lane(PROXY, n.proxyLane(), ScalingNetwork.PUBLIC.getHostAddress() + ":" + WsProxy.PORT));
        for (int i = 0; i < scenario.servers(); i++) {
            lanes.add(new Lane(ScalingNetwork.serverName(i), n.serverLane(i),
                    ScalingNetwork.serverAddress(i).getHostAddress() + ":" + ChatServer.PORT));
        }
        lanes.add(new Lane(BROKER, n.brokerLane(), ScalingNetwork.BROKER.getHostAddress() + ":" + Broker.PORT));
        trace = new TraceBuilder(LESSON_ID, lanes);
    }

    private Trace build() {
        for (ScalingRun.Rec r : run.recs) {
            trace.packet(r.from(), r.to(), r.t().start(), r.t().arrival(), r.t().fate(), ScalingLabels.label(r),
                    r.t().packet().frame());
        }
        String a = ScalingRun.SENDER;
        String b = ScalingRun.RECIPIENT;
        int aServer = Math.max(0, run.serverOfFirst(a));
        int bServer = Math.max(0, run.serverOfFirst(b));
        step(-1, 0, n.introTitle(), n.intro(), n.introReferences(), WHERE);
        int first = find(0, r -> r.to().startsWith("ws-") && label(r).startsWith("GET "));
        step(first, 0, n.pickTitle(), n.pick(tables.picksUpTo(time(first))), n.pickReferences(), PICKS);
        int lastUpgrade = findNth(ScalingNetwork.USERS.size(), 0, r -> r.to().equals(USERS) && label(r).contains("101"));
        step(lastUpgrade, 0, n.statefulTitle(), n.stateful(), n.statefulReferences(), WHERE, PICKS);
        int lost = find(ScalingRun.FIRST_MESSAGE, r -> r.to().equals(ScalingNetwork.serverName(aServer))
                && label(r).contains("WebSocket text"));
        step(lost, ScalingRun.FIRST_MESSAGE, n.lostTitle(), n.lost(aServer, bServer), n.lostReferences(), WHERE);
        int subscribe = find(ScalingRun.BACKBONE, r -> label(r).startsWith("RESP SUBSCRIBE"));
        step(subscribe, ScalingRun.BACKBONE, n.backboneTitle(), n.backbone(), n.respReferences(), WHERE);
        int publish = find(ScalingRun.SECOND_MESSAGE, r -> label(r).startsWith("RESP PUBLISH"));
        step(publish, ScalingRun.SECOND_MESSAGE, n.publishTitle(), n.publish(aServer), n.respReferences(), WHERE);
        int fanOut = find(time(publish), r -> r.to().equals(ScalingNetwork.serverName(bServer))
                && label(r).startsWith("RESP message"));
        step(fanOut, time(publish), n.fanOutTitle(), n.fanOut(bServer, s.servers()), n.respReferences(), WHERE);
        int delivered = find(time(fanOut), r -> r.to().equals(USERS) && label(r).startsWith(b + ": WebSocket text"));
        step(delivered, time(fanOut), n.deliveredTitle(), n.delivered(bServer), n.statefulReferences(), WHERE);
        int drainedServer = tables.event(ScalingRun.Kind.DRAINED).map(ScalingRun.Event::server).orElse(0);
        int goingAway = find(ScalingRun.DRAIN, r -> label(r).contains("close 1001"));
        step(goingAway, ScalingRun.DRAIN, n.drainTitle(), n.drain(drainedServer), n.drainReferences(), WHERE, PICKS);
        String drainedUser = ScalingRun.DRAINED_USER;
        int moved = find(ScalingRun.DRAIN, r -> r.to().startsWith("ws-") && label(r).contains("user=" + drainedUser));
        step(moved, ScalingRun.DRAIN, n.movedTitle(), n.moved(tables.pickAt(time(moved), drainedUser)),
                n.pickReferences(), WHERE, PICKS);
        int deadServer = tables.event(ScalingRun.Kind.DIED).map(ScalingRun.Event::server).orElse(0);
        int vanished = find(ScalingRun.DEATH, ScalingRun.Rec::lost);
        step(vanished, ScalingRun.DEATH, n.deathTitle(), n.death(deadServer), n.deathReferences(), WHERE);
        long gaveUp = tables.event(ScalingRun.Kind.GAVE_UP).map(ScalingRun.Event::time).orElse(ScalingRun.DEATH);
        String who = tables.event(ScalingRun.Kind.GAVE_UP).map(ScalingRun.Event::user).orElse(ScalingRun.DOOMED_USER);
        int back = find(gaveUp, r -> r.to().startsWith("ws-") && !r.lost() && label(r).contains("user=" + who));
        boolean markedDown = run.events.stream().anyMatch(e -> e.kind() == ScalingRun.Kind.MARKED_DOWN
                && e.time() >= gaveUp && e.time() <= time(back));
        step(back, gaveUp, n.backTitle(who), n.back(who, deadServer, markedDown, tables.pickAt(time(back), who)),
                n.deathReferences(), WHERE, PICKS);
        long end = ScalingRun.END;
        step(-1, end, n.costsTitle(), n.costs(), n.costsReferences(), COSTS, LIMITS);
        step(-1, end, n.backoffTitle(), n.backoff(tables.mobileAttempts(), tables.mobileBack()), n.backoffReferences(),
                BACKOFF);
        trace.series(tables.herdSeries());
        step(-1, end, n.herdTitle(), n.herd(tables.bare(), tables.jittered()), n.backoffReferences(), HERD);
        step(-1, end, n.summaryTitle(), n.summary(), n.summaryReferences());
        return trace.build();
    }

    private String label(ScalingRun.Rec r) {
        return ScalingLabels.label(r);
    }

    private int find(long after, Predicate<ScalingRun.Rec> test) {
        return findNth(1, after, test);
    }

    /** The index (= packet id) of the n-th packet sent at or after {@code after} that passes, or -1. */
    private int findNth(int nth, long after, Predicate<ScalingRun.Rec> test) {
        int seen = 0;
        for (int i = 0; i < run.recs.size(); i++) {
            ScalingRun.Rec r = run.recs.get(i);
            if (r.t().start() >= after && test.test(r) && ++seen == nth) {
                return i;
            }
        }
        return -1;
    }

    private long time(int packet) {
        return packet < 0 ? 0 : run.recs.get(packet).t().start();
    }

    private long lastStepTime;

    /** A step about {@code packet} (or at {@code fallback} when there is none), with the named tables. */
    private void step(int packet, long fallback, String title, String text, List<String> refs, TableKey... keys) {
        long at = Math.max(lastStepTime, packet < 0 ? fallback : time(packet));
        lastStepTime = at;
        // the tables as they stand once the step's packet has arrived
        long seen = packet < 0 ? at : Math.max(at, run.recs.get(packet).t().arrival());
        List<Table> shown = new ArrayList<>();
        for (TableKey k : keys) {
            tables.table(k, at, seen).ifPresent(shown::add);
        }
        trace.step(at, title, text, refs, packet, new Snapshot(List.of(), List.of(), shown, List.of()));
    }
}
