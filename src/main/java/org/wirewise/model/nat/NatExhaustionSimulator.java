package org.wirewise.model.nat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * Source-port exhaustion at a NAT: towards one destination (address, port, protocol fixed), a
 * mapping is told apart only by its public address and port, so one public address carries at
 * most 64,512 simultaneous mappings (ports 1024–65535). Each second the NAT frees the mappings
 * whose hold time ran out and gives ports to new connections until none is left; after that new
 * SYNs are dropped (Linux's NAT drops a packet it cannot map).
 */
public final class NatExhaustionSimulator {

    public static final String LESSON_ID = "nat-exhaustion";
    public static final String CLIENTS = "clients";
    public static final String NAT = "nat";
    public static final String SERVER = "server";
    public static final TableKey USAGE = TableKey.of("port-usage");
    public static final TableKey FIXES = TableKey.of("fixes");
    public static final int PORTS_PER_ADDRESS = 65535 - 1024 + 1;

    private final NatExhaustionScenario scenario;
    private final TraceBuilder trace;
    private final Endpoint server = Endpoint.of("198.51.100.80", 443);
    private final long capacity;
    private final List<Table.Row> history = new ArrayList<>();
    private long inUse;
    private long failed;
    private final ExhaustionNarration n;
    /** The NAT's state as a key of the bundle ("mapping", "exhausted", "ok"). */
    private String natState = "mapping";

    /** The lesson in English, the language of the command line and the tests. */
    public static Trace simulate(NatExhaustionScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with every word in {@code language}; packets and numbers are the same in every language. */
    public static Trace simulate(NatExhaustionScenario scenario, Locale language) {
        return new NatExhaustionSimulator(scenario, language).run();
    }

    private NatExhaustionSimulator(NatExhaustionScenario s, Locale language) {
        check("clients", s.clients(), 1, 1_000_000);
        check("newPerSecond", s.newPerSecond(), 1, 1_000_000);
        check("holdSeconds", s.holdSeconds(), 1, 86_400);
        check("publicAddresses", s.publicAddresses(), 1, 64);
        this.scenario = s;
        this.capacity = capacity(s);
        this.n = new ExhaustionNarration(language);
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(CLIENTS, n.text("lane.clients"), n.text("lane.clients.subtitle", Integer.toString(s.clients()))),
                new Lane(NAT, n.text("lane.nat"), s.publicAddresses() == 1 ? "203.0.113.1"
                        : "203.0.113.1–" + s.publicAddresses()),
                new Lane(SERVER, n.text("lane.server"), server.toString())));
    }

    private static void check(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": expected a whole number from " + min + " to " + max
                    + ", got " + value);
        }
    }

    /** Simultaneous connections to the one destination: a public port each, on every public address. */
    public static long capacity(NatExhaustionScenario s) {
        return (long) PORTS_PER_ADDRESS * s.publicAddresses();
    }

    /** The moment, in seconds, when the first connection fails, or -1 if none ever does. */
    public static double failureTime(NatExhaustionScenario s) {
        long capacity = capacity(s);
        if (s.connectionReuse()) {
            return s.clients() > capacity ? 0 : -1;
        }
        double fill = capacity / (double) s.newPerSecond();
        return fill < s.holdSeconds() ? fill : -1;
    }

    private Trace run() {
        double failAt = scenario.connectionReuse() ? -1 : failureTime(scenario);
        // The fluid model's first mappings are granted at second 1, so all of them are held until 1 s + hold.
        List<ExhaustionSamples.Sample> samples = ExhaustionSamples.run(trace, scenario, server, failAt, capacity,
                SimTime.seconds(1 + scenario.holdSeconds()));
        ExhaustionSamples.Sample first = samples.get(0);
        history.add(row(0));
        step(first.decidedAt(), n.text("start.title"), n.start(scenario.clients(), server, PORTS_PER_ADDRESS, capacity,
                        scenario.publicAddresses()),
                List.of("RFC 4787 §4.2", "RFC 6888 §4", "RFC 3022 §2.2"), first.packet());
        if (scenario.connectionReuse()) {
            inUse = Math.min(scenario.clients(), capacity);
            failed = Math.max(0, scenario.clients() - capacity);
            history.add(row(1));
            step(SimTime.SECOND, n.reuseTitle(failed, inUse), n.reuse(inUse, failed),
                    List.of("RFC 9112 §9.3", "RFC 6888 §4"), -1);
            finish(SimTime.SECOND);
            return trace.build();
        }
        Deque<long[]> expiries = new ArrayDeque<>();
        long end = (long) Math.max(scenario.holdSeconds() + 10, failAt > 0 ? failAt + 10 : 0);
        List<Long> marks = new ArrayList<>(List.of((long) Math.max(1, scenario.holdSeconds() / 4),
                (long) Math.max(1, scenario.holdSeconds() / 2)));
        boolean failureShown = false;
        long freedLastSecond = 0;
        long failedLastSecond = 0;
        for (long second = 1; second <= end; second++) {
            freedLastSecond = 0;
            while (!expiries.isEmpty() && expiries.peekFirst()[0] <= second) {
                long freed = expiries.pollFirst()[1];
                inUse -= freed;
                freedLastSecond += freed;
            }
            long granted = Math.min(scenario.newPerSecond(), capacity - inUse);
            inUse += granted;
            failedLastSecond = scenario.newPerSecond() - granted;
            failed += failedLastSecond;
            expiries.addLast(new long[] {second + scenario.holdSeconds(), granted});
            if (!failureShown && failAt > 0 && second >= Math.ceil(failAt)) {
                failureShown = true;
                history.add(row(second));
                failureStep(failAt, samples.get(1));
            } else if (marks.contains(second) && (failAt < 0 || second < failAt)) {
                history.add(row(second));
                step(SimTime.seconds(second), n.growingTitle(inUse, second),
                        n.growing(scenario.newPerSecond(), scenario.holdSeconds()),
                        List.of("RFC 9293 §3.6.1", "RFC 6888 §4"), -1);
            }
        }
        history.add(row(end));
        long steady = Math.min((long) scenario.newPerSecond() * scenario.holdSeconds(), capacity);
        step(SimTime.seconds(end), n.steadyTitle(failAt > 0), failAt > 0
                        ? n.steadyFailing(end, freedLastSecond, scenario.holdSeconds(), scenario.newPerSecond(),
                                failedLastSecond, capacity / scenario.holdSeconds(), failed)
                        : n.steadyFits(steady, capacity),
                List.of("RFC 6888 §4"), -1);
        finish(SimTime.seconds(end));
        return trace.build();
    }

    private void failureStep(double failAt, ExhaustionSamples.Sample dropped) {
        natState = "exhausted";
        step(dropped.decidedAt(), n.failureTitle(failAt), n.failure(failAt, capacity, scenario.newPerSecond(), server,
                        scenario.holdSeconds()),
                List.of("RFC 6888 §4", "RFC 9293 §3.8.1", "RFC 6298 §5"), dropped.packet());
    }

    private Table.Row row(long second) {
        return n.usageRow(second, inUse, capacity, failed);
    }

    private void finish(long t) {
        long demand = (long) scenario.newPerSecond() * scenario.holdSeconds();
        long twice = capacity * 2;
        long shorter = (long) scenario.newPerSecond() * Math.max(1, scenario.holdSeconds() / 4);
        long reused = scenario.connectionReuse() ? scenario.clients() : demand;
        Table fixTable = n.fixesTable(FIXES, List.of(new long[] {reused, capacity}, new long[] {reused, twice},
                new long[] {scenario.clients(), capacity},
                new long[] {scenario.connectionReuse() ? scenario.clients() : shorter, capacity}),
                scenario.publicAddresses(), scenario.holdSeconds());
        natState = failed > 0 ? "exhausted" : "ok";
        trace.step(t + SimTime.SECOND, n.fixesTitle(), n.fixes(PORTS_PER_ADDRESS),
                List.of("RFC 6888 §4", "RFC 4787 §4.2", "RFC 9113 §9.1"), -1,
                new Snapshot(nodes(), List.of(), List.of(usage(false), fixTable)));
    }

    private Table usage() {
        return usage(true);
    }

    /** The usage so far; {@code latest} highlights its newest row (the moment the step is about). */
    private Table usage(boolean latest) {
        return n.usage(USAGE, server, latest ? highlightLast(history) : history);
    }

    private static List<Table.Row> highlightLast(List<Table.Row> rows) {
        List<Table.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Table.Row(rows.get(i).cells(), i == rows.size() - 1));
        }
        return out;
    }

    private List<NodeState> nodes() {
        return List.of(new NodeState(NAT, n.text("state." + natState), List.of(
                new Variable(n.text("variable.inUse"), n.count(inUse)),
                new Variable(n.text("variable.available"), n.count(capacity)),
                new Variable(n.text("variable.failed"), n.count(failed)))));
    }

    private void step(long time, String title, String narration, List<String> refs, int packet) {
        trace.step(time, title, narration, refs, packet, new Snapshot(nodes(), List.of(), List.of(usage())));
    }
}
