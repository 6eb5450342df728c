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
    private String natState = "mapping";

    public static Trace simulate(NatExhaustionScenario scenario) {
        return new NatExhaustionSimulator(scenario).run();
    }

    private NatExhaustionSimulator(NatExhaustionScenario s) {
        check("clients", s.clients(), 1, 1_000_000);
        check("newPerSecond", s.newPerSecond(), 1, 1_000_000);
        check("holdSeconds", s.holdSeconds(), 1, 86_400);
        check("publicAddresses", s.publicAddresses(), 1, 64);
        this.scenario = s;
        this.capacity = capacity(s);
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(CLIENTS, "Clients", s.clients() + " hosts, 10.0.0.0/16"),
                new Lane(NAT, "NAT", s.publicAddresses() == 1 ? "203.0.113.1" : "203.0.113.1–" + s.publicAddresses()),
                new Lane(SERVER, "API server", server.toString())));
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
        step(first.decidedAt(), "Every connection needs its own public port",
                "All " + scenario.clients() + " clients call the same API, " + server + " over TCP. At the NAT a "
                        + "mapping is identified by protocol, public address and port, and remote address and "
                        + "port; the remote is always the same, so the public port is the only thing that tells "
                        + "two connections apart. One public address offers ports 1024–65535: "
                        + String.format(Locale.ROOT, "%,d", PORTS_PER_ADDRESS) + " simultaneous connections to this "
                        + "destination, " + String.format(Locale.ROOT, "%,d", capacity) + " with "
                        + scenario.publicAddresses() + " address" + (scenario.publicAddresses() == 1 ? "" : "es") + ".",
                List.of("RFC 4787 §4.2", "RFC 6888 §4", "RFC 3022 §2.2"), first.packet());
        if (scenario.connectionReuse()) {
            inUse = Math.min(scenario.clients(), capacity);
            failed = Math.max(0, scenario.clients() - capacity);
            history.add(row(1));
            step(SimTime.SECOND, failed > 0 ? "Not even one connection each" : "Reused connections: "
                            + inUse + " ports, for good",
                    "With connection reuse (HTTP keep-alive, a connection pool, HTTP/2 multiplexing) each client "
                            + "opens one connection and sends every request over it. The NAT holds " + inUse
                            + " mappings however many requests flow" + (failed > 0 ? "; " + failed + " clients find no "
                            + "port at all." : ", far below the limit: the request rate no longer matters."),
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
                step(SimTime.seconds(second), String.format(Locale.ROOT, "%,d ports in use after %d s", inUse, second),
                        "New connections arrive at " + scenario.newPerSecond() + "/s and each keeps its port for "
                                + scenario.holdSeconds() + " s after it closes (the conntrack entry lives through "
                                + "TIME_WAIT: Linux nf_conntrack_tcp_timeout_time_wait is 120 s), so ports in use "
                                + "grow by " + scenario.newPerSecond() + " a second until the first ones are freed.",
                        List.of("RFC 9293 §3.6.1", "RFC 6888 §4"), -1);
            }
        }
        history.add(row(end));
        long steady = Math.min((long) scenario.newPerSecond() * scenario.holdSeconds(), capacity);
        step(SimTime.seconds(end), failAt > 0 ? "Steady state: full, and failing" : "Steady state: it fits",
                failAt > 0 ? "At " + end + " s the NAT frees " + String.format(Locale.ROOT, "%,d", freedLastSecond)
                        + " ports a second: those taken " + scenario.holdSeconds() + " s earlier, as many as "
                        + "connections then got. " + scenario.newPerSecond() + " connections a second want one, so "
                        + String.format(Locale.ROOT, "%,d", failedLastSecond) + " fail this second. Over a whole "
                        + "hold time the NAT frees capacity ÷ hold time = " + String.format(Locale.ROOT, "%,d",
                        capacity / scenario.holdSeconds()) + " ports a second on average, so the failures come "
                        + "in waves. " + String.format(Locale.ROOT, "%,d", failed) + " have failed so far."
                        : "Once the first mappings expire, ports freed balance ports taken: rate × hold time = "
                        + String.format(Locale.ROOT, "%,d", steady) + " in use, below the "
                        + String.format(Locale.ROOT, "%,d", capacity) + " available. Nothing fails.",
                List.of("RFC 6888 §4"), -1);
        finish(SimTime.seconds(end));
        return trace.build();
    }

    private void failureStep(double failAt, ExhaustionSamples.Sample dropped) {
        natState = "exhausted";
        step(dropped.decidedAt(), String.format(Locale.ROOT, "%.1f s: no port left, new connections fail", failAt),
                "After " + String.format(Locale.ROOT, "%.1f", failAt) + " s (" + String.format(Locale.ROOT, "%,d",
                        capacity) + " ports ÷ " + scenario.newPerSecond() + " new connections a second) every port "
                        + "towards " + server + " is taken, and none has been held for " + scenario.holdSeconds()
                        + " s yet. The next SYN finds no free mapping: the NAT drops it. The client sees no "
                        + "answer, retransmits its SYN after 1 s, 3 s, 7 s... and its connect() times out, while "
                        + "the server is idle and the network healthy: the failure looks like a dead server.",
                List.of("RFC 6888 §4", "RFC 9293 §3.8.1", "RFC 6298 §5"), dropped.packet());
    }

    private Table.Row row(long second) {
        double used = inUse / (double) capacity;
        int filled = (int) Math.round(used * 20);
        String bar = "█".repeat(filled) + "░".repeat(20 - filled);
        return new Table.Row(List.of(second + " s", String.format(Locale.ROOT, "%,d", inUse),
                String.format(Locale.ROOT, "%,d", capacity), bar + String.format(Locale.ROOT, " %.0f%%", used * 100),
                failed == 0 ? "✓ 0" : String.format(Locale.ROOT, "✗ %,d", failed)), false);
    }

    private void finish(long t) {
        long demand = (long) scenario.newPerSecond() * scenario.holdSeconds();
        long twice = capacity * 2;
        long shorter = (long) scenario.newPerSecond() * Math.max(1, scenario.holdSeconds() / 4);
        List<Table.Row> fixes = List.of(
                fix("Now", scenario.connectionReuse() ? scenario.clients() : demand, capacity),
                fix("2× public addresses (" + scenario.publicAddresses() * 2 + ")", scenario.connectionReuse()
                        ? scenario.clients() : demand, twice),
                fix("Reuse connections (pool, keep-alive)", scenario.clients(), capacity),
                fix("Hold time ÷ 4 (" + Math.max(1, scenario.holdSeconds() / 4) + " s)", scenario.connectionReuse()
                        ? scenario.clients() : shorter, capacity));
        Table fixTable = new Table(FIXES, "What fixes it (ports needed at steady state)",
                List.of("Change", "Needed", "Available", "Result"), fixes);
        natState = failed > 0 ? "exhausted" : "ok";
        trace.step(t + SimTime.SECOND, "What fixes it",
                "Ports needed = new connections per second × how long each keeps its port; ports available = "
                        + "64,512 × public addresses, per destination. So: give the NAT more public addresses (a pool; "
                        + "RFC 6888 asks carrier-grade NATs to make the pool configurable), open fewer connections "
                        + "(reuse them: keep-alive, pools, HTTP/2), or hold ports for less time (shorter "
                        + "timeouts for closed connections). Spreading load over more destination addresses also "
                        + "helps, since the limit is per destination.",
                List.of("RFC 6888 §4", "RFC 4787 §4.2", "RFC 9113 §9.1"), -1,
                new Snapshot(nodes(), List.of(), List.of(usage(false), fixTable)));
    }

    private static Table.Row fix(String change, long needed, long available) {
        return new Table.Row(List.of(change, String.format(Locale.ROOT, "%,d", needed),
                String.format(Locale.ROOT, "%,d", available), needed <= available ? "✓ fits" : "✗ fails"),
                true); // the whole table is what the last step is about: each change beside "Now"
    }

    private Table usage() {
        return usage(true);
    }

    /** The usage so far; {@code latest} highlights its newest row (the moment the step is about). */
    private Table usage(boolean latest) {
        return new Table(USAGE, "Ports towards " + server + " (one row per moment)",
                List.of("Time", "In use", "Available", "Used", "Failed"), latest ? highlightLast(history) : history);
    }

    private static List<Table.Row> highlightLast(List<Table.Row> rows) {
        List<Table.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Table.Row(rows.get(i).cells(), i == rows.size() - 1));
        }
        return out;
    }

    private List<NodeState> nodes() {
        return List.of(new NodeState(NAT, natState, List.of(
                new Variable("ports in use", String.format(Locale.ROOT, "%,d", inUse)),
                new Variable("available", String.format(Locale.ROOT, "%,d", capacity)),
                new Variable("failed", String.format(Locale.ROOT, "%,d", failed)))));
    }

    private void step(long time, String title, String narration, List<String> refs, int packet) {
        trace.step(time, title, narration, refs, packet, new Snapshot(nodes(), List.of(), List.of(usage())));
    }
}
