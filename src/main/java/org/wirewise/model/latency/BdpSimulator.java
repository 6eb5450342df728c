package org.wirewise.model.latency;


import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.transport.TcpStack;

/**
 * The bdp lesson: the bandwidth-delay product, and two downloads on identical long fat paths, one
 * held to a 64 KiB window (no window scaling), one with scaling, their throughput measured. The
 * trace carries each run's first round trips (the whole runs would be thousands of frames); the
 * measurements cover every byte.
 */
public final class BdpSimulator {

    public static final String LESSON_ID = "bdp";
    public static final TableKey PRODUCT = TableKey.of("bdp");
    public static final TableKey COMPARISON = TableKey.of("comparison");
    public static final TableKey ROUNDS = TableKey.of("rounds");
    static final String[] LANES = {"server-64k", "client-64k", "server-scaled", "client-scaled"};

    private final BdpScenario s;
    private final long bps;
    private final long rtt;
    private final BdpNarration n;
    private final TraceBuilder trace;
    private final List<Table> tables = new ArrayList<>();
    /** Per run, the trace id of the first data frame of each burst (round trip) recorded. */
    private final List<List<Integer>> roundStarts = List.of(new ArrayList<>(), new ArrayList<>());

    private BdpSimulator(BdpScenario s, Locale language) {
        this.s = s;
        this.n = new BdpNarration(language);
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(LANES[0], n.text("lane.server"), n.text("lane.64k")),
                new Lane(LANES[1], n.text("lane.client"), n.text("lane.noScaling")),
                new Lane(LANES[2], n.text("lane.server"), n.text("lane.scaledWindow")),
                new Lane(LANES[3], n.text("lane.client"), n.text("lane.scaling"))));
        this.bps = Math.round(s.linkMbps() * 1_000_000);
        this.rtt = SimTime.millis(s.rttMs());
    }

    public static Trace simulate(BdpScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(BdpScenario scenario, Locale language) {
        return new BdpSimulator(scenario, language).run();
    }

    /**
     * Payload throughput over the second half of a download, after slow start, where the limit shows:
     * bytes read in whole round trips from the start of the first burst of that half, so a window-
     * limited flow's bursts and pauses are counted in full.
     */
    public static double steadyThroughputBps(TcpTransfer.Result r, long rtt) {
        long[] times = r.readTimes();
        long[] totals = r.readTotals();
        long end = totals[totals.length - 1];
        int half = 0;
        while (totals[half] < end / 2) {
            half++;
        }
        int start = half;
        while (start < times.length && start > 0 && times[start] - times[start - 1] <= rtt / 2) {
            start++;
        }
        if (start >= times.length) {
            start = half; // no pauses: the flow is not window-limited, any start will do
        }
        long t0 = times[start];
        long rounds = (times[times.length - 1] - t0) / rtt;
        if (rounds == 0) {
            return (end - totals[start]) * 8.0 * 1e9 / Math.max(1, times[times.length - 1] - t0);
        }
        long before = start == 0 ? 0 : totals[start - 1];
        long read = 0;
        for (int i = start; i < times.length && times[i] < t0 + rounds * rtt; i++) {
            read = totals[i] - before;
        }
        return read * 8.0 * 1e9 / (rounds * rtt);
    }

    /** The two downloads: [0] without scaling (64 KiB), [1] with scaling and a window of two BDPs. */
    public static TcpTransfer.Result[] runs(BdpScenario s) {
        long bps = Math.round(s.linkMbps() * 1_000_000);
        long rtt = SimTime.millis(s.rttMs());
        long bytes = s.transferKB() * 1000L;
        return new TcpTransfer.Result[] {
            TcpTransfer.run(new TcpTransfer.Setup(bps, rtt, bytes, false, Bdp.UNSCALED_WINDOW, 0, s.seed())),
            TcpTransfer.run(new TcpTransfer.Setup(bps, rtt, bytes, true, TcpTransfer.windowFor(bps, rtt), 0, s.seed()))};
    }

    private Trace run() {
        TcpTransfer.Result[] runs = runs(s);
        TcpTransfer.Setup scaledSetup = new TcpTransfer.Setup(bps, rtt, s.transferKB() * 1000L, true,
                TcpTransfer.windowFor(bps, rtt), 0, s.seed());
        TransferAccount unscaled = TransferAccount.of(scaledSetup, runs[0]);
        TransferAccount scaled = TransferAccount.of(scaledSetup, runs[1]);
        int[] firstData = {record(runs[0], 0), record(runs[1], 2)};
        double bdp = Bdp.bytes(bps, rtt);
        double issueBdp = Bdp.bytes(1e9, SimTime.millis(100));
        double limit = Bdp.windowLimitBps(Bdp.UNSCALED_WINDOW, rtt);
        double slow = steadyThroughputBps(runs[0], rtt);
        double fast = steadyThroughputBps(runs[1], rtt);
        tables.add(new Table(PRODUCT, n.text("table.product"), List.of(n.text("table.product.path"),
                n.text("table.product.bdp")), List.of(
                Table.Row.of("1 Gb/s × 100 ms", n.bytes(issueBdp)),
                new Table.Row(List.of(n.path(bps, rtt), n.bytes(bdp)), true),
                Table.Row.of(n.text("table.product.largest"), n.bytes(Bdp.UNSCALED_WINDOW)))));
        step(0, n.text("step.product"), n.product(issueBdp, bps, rtt, bdp), List.of(), 0);
        double segment = scaled.fullSegmentWire();
        double payloadRate = bps * scaled.fullSegmentPayload() / segment;
        tables.add(new Table(COMPARISON, n.text("table.comparison"), List.of(n.text("table.comparison.flow"),
                n.text("table.comparison.measured"), n.text("table.comparison.ceiling"),
                n.text("table.comparison.rate")), List.of(
                new Table.Row(List.of(n.text("table.comparison.unscaled"), n.mbps(slow),
                        n.text("table.comparison.windowRtt"), n.mbps(limit)), true),
                Table.Row.of(n.text("table.comparison.scaled"), n.mbps(fast), n.text("table.comparison.payloadRate"),
                        n.mbps(payloadRate)))));
        // Each flow's step shows its last recorded round trip: the 64 KiB flow's burst and pause, the other's growth.
        int slowRound = last(roundStarts.get(0), firstData[0]);
        int fastRound = last(roundStarts.get(1), firstData[1]);
        long t1 = trace.packet(slowRound).sentAt();
        long t2 = Math.max(t1, trace.packet(fastRound).sentAt());
        step(t1, n.text("step.unscaled"), n.unscaled(slow, limit,
                java.util.Collections.max(unscaled.rounds())), List.of("RFC 9293 §3.1", "RFC 7323 §2"), slowRound);
        tables.add(roundsTable(scaled));
        step(t2, n.text("step.fills"), n.fills(scaled.rounds(), bdp / scaled.fullSegmentPayload()),
                List.of("RFC 5681 §3.1"), fastRound);
        int shift = Bdp.shiftFor(TcpTransfer.windowFor(bps, rtt));
        step(t2, n.text("step.scaled"), n.scaled(shift, TcpTransfer.windowFor(bps, rtt), fast, bps),
                List.of("RFC 7323 §2"), firstData[1] - 3); // its SYN: SYN, SYN-ACK and ACK come before the first data
        step(t2, n.text("step.summary"), n.summary(slow, fast, fast / slow), List.of(), -1);
        return trace.build();
    }

    /** Records a run's frames from its first round trips on two lanes; returns the id of its first data frame. */
    private int record(TcpTransfer.Result r, int lane) {
        int first = -1;
        long lastData = Long.MIN_VALUE;
        for (Transmission t : r.wire()) {
            if (t.start() > 4 * rtt) {
                break;
            }
            boolean fromServer = t.from().node().name().equals(TcpTransfer.SERVER);
            var seg = TcpStack.segmentIn(t.packet());
            int id = trace.packet(LANES[lane + (fromServer ? 0 : 1)], LANES[lane + (fromServer ? 1 : 0)], t.start(),
                    t.arrival(), t.fate(), BandwidthThroughputSimulator.label(seg), t.packet().frame());
            if (fromServer && seg.payloadLength() > 0) {
                first = first < 0 ? id : first;
                if (t.start() - lastData > rtt / 2) {
                    roundStarts.get(lane / 2).add(id);
                }
                lastData = t.start();
            }
        }
        return first;
    }

    private static int last(List<Integer> ids, int fallback) {
        return ids.isEmpty() ? fallback : ids.get(ids.size() - 1);
    }

    private Table roundsTable(TransferAccount scaled) {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < scaled.rounds().size(); i++) {
            rows.add(Table.Row.of(Integer.toString(i + 1), Integer.toString(scaled.rounds().get(i))));
        }
        return new Table(ROUNDS, n.text("table.rounds"), List.of(n.text("table.rounds.round"),
                n.text("table.rounds.segments")), rows);
    }

    private void step(long time, String title, String narration, List<String> refs, int packet) {
        List<NodeState> nodes = new ArrayList<>();
        for (String lane : LANES) {
            nodes.add(new NodeState(lane, n.text(lane.startsWith("server") ? "state.sending" : "state.reading"),
                    List.of()));
        }
        trace.step(time, title, narration, refs, packet, new Snapshot(nodes, List.of(), tables, List.of()));
    }
}
