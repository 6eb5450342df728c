package org.wirewise.model.congestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * Turns a {@link CongestionScenario} into dumbbell runs and a trace whose steps are the moments
 * worth stopping at: each loss, timeout and phase change, narrated ({@link CongestionNarration}) with
 * the RFC that decides it.
 */
public final class CongestionSimulator {

    public static final String LESSON_ID = "congestion";
    private static final int MAX_STEPS_PER_RUN = 80;

    /** The runs behind a trace: one per algorithm (separate) or one shared. */
    public record CongestionRun(List<String> labels, List<DumbbellResult> results) {
        public CongestionRun {
            labels = List.copyOf(labels);
            results = List.copyOf(results);
        }
    }

    private CongestionSimulator() {
    }

    /** The runs whose series a trace carries, or null for a trace of another lesson. */
    public static CongestionRun runOf(Trace trace) {
        List<CongestionSeries> runs = trace.series(CongestionSeries.class);
        if (runs.isEmpty()) {
            return null;
        }
        return new CongestionRun(runs.stream().map(CongestionSeries::label).toList(),
                runs.stream().map(CongestionSeries::result).toList());
    }

    public static List<String> algorithms(String text) {
        List<String> names = new ArrayList<>();
        for (String part : text.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!Algorithms.NAMES.contains(name)) {
                throw new IllegalArgumentException("algorithms: unknown algorithm \"" + name + "\"; expected a "
                        + "comma-separated list of " + String.join(", ", Algorithms.NAMES));
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("algorithms: expected at least one of " + String.join(", ", Algorithms.NAMES));
        }
        return names;
    }

    /** The lesson's "drop" text ("31, 33,35") as segment numbers; blank is none. */
    public static List<Long> drops(String text) {
        List<Long> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String t = part.strip();
            if (t.isEmpty()) {
                continue;
            }
            long n;
            try {
                n = Long.parseLong(t.startsWith("#") ? t.substring(1) : t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("drop: \"" + t + "\" is not a segment number; expected numbers "
                        + "from 1 separated by commas, e.g. 31,33,35");
            }
            if (n < 1) {
                throw new IllegalArgumentException("drop: segment numbers start at 1, got " + n);
            }
            out.add(n);
        }
        return out;
    }

    public static Trace simulate(CongestionScenario sc) {
        return simulate(sc, Progress.NONE);
    }

    /**
     * Each sender's own link to the bottleneck: ten times its rate (a host's NIC is faster than the
     * path), with a buffer as deep as the bottleneck's, so a window's burst is spread out before it
     * queues there, as on a real path.
     */
    static DumbbellConfig.Access access(double bottleneckBps, int buffer) {
        return new DumbbellConfig.Access(Math.min(100e9, 10 * bottleneckBps), 0, buffer);
    }

    /** Simulates every run in turn, each one its share of {@code progress}, which may cancel; English texts. */
    public static Trace simulate(CongestionScenario sc, Progress progress) {
        return simulate(sc, progress, Locale.ENGLISH);
    }

    /** As above, with the texts in {@code language}; the runs and their numbers are the same in every language. */
    public static Trace simulate(CongestionScenario sc, Progress progress, Locale language) {
        List<String> algos = algorithms(sc.algorithms());
        boolean shared = sc.compare() == CongestionScenario.Compare.SHARED;
        int perRun = (int) sc.flows() * (shared ? algos.size() : 1);
        if (perRun > 50) {
            throw new IllegalArgumentException("flows: at most 50 flows share the bottleneck; " + sc.flows() + " × "
                    + algos.size() + " algorithms is " + perRun);
        }
        long rtt = Math.round(sc.rttMs() * 1e6);
        double bps = sc.bandwidthMbps() * 1e6;
        int buffer = Math.max(1, (int) Math.round(DumbbellConfig.bdpPackets(bps, rtt, DumbbellConfig.LINUX_MSS) * sc.bufferBdp()));
        long duration = Math.round(sc.durationS() * 1e9);
        long interval = Math.max(1_000_000, Math.min(rtt / 4, duration / 20_000));
        long stagger = Math.round(sc.staggerS() * 1e9);
        if (stagger < 0 || (perRun - 1) * stagger >= duration) {
            throw new IllegalArgumentException("staggerS: flow " + perRun + " would start at "
                    + CongestionUnits.ENGLISH.plain((perRun - 1) * sc.staggerS()) + " s, after the "
                    + CongestionUnits.ENGLISH.plain(sc.durationS()) + " s run ends; expected a start spacing below "
                    + CongestionUnits.ENGLISH.plain(sc.durationS() / Math.max(1, perRun - 1)) + " s");
        }
        List<Long> drops = drops(sc.drop());
        List<String> labels = new ArrayList<>();
        List<DumbbellResult> results = new ArrayList<>();
        List<List<String>> groups = shared ? List.of(algos) : algos.stream().map(List::of).toList();
        for (List<String> group : groups) {
            List<DumbbellConfig.Flow> flows = new ArrayList<>();
            for (int i = 0; i < perRun; i++) {
                double ratio = perRun == 1 ? 1 : 1 + (sc.rttRatio() - 1) * i / (perRun - 1);
                flows.add(new DumbbellConfig.Flow(group.get(i % group.size()), Math.round(rtt * ratio), i * stagger,
                        i == 0 ? drops : List.of()));
            }
            labels.add(shared ? String.join(" + ", algos) : group.get(0));
            double done = (double) results.size() / groups.size();
            results.add(DumbbellSimulator.run(new DumbbellConfig(bps, rtt / 4, buffer, sc.lossPercent() / 100,
                    DumbbellConfig.LINUX_MSS, duration, sc.seed(), interval, sc.sack(), flows, access(bps, buffer),
                    sc.delayedAck()),
                    progress.slice(done, done + 1.0 / groups.size())));
        }
        return trace(sc, labels, results, buffer, new CongestionNarration(language));
    }

    private static Trace trace(CongestionScenario sc, List<String> labels, List<DumbbellResult> results, int buffer,
                               CongestionNarration n) {
        List<Lane> lanes = new ArrayList<>();
        for (int r = 0; r < results.size(); r++) {
            for (int f = 0; f < results.get(r).flows().size(); f++) {
                lanes.add(new Lane(lane(r, f), n.lane(labels.get(r), f), results.get(r).flows().get(f).algorithm()));
            }
        }
        TraceBuilder b = new TraceBuilder(LESSON_ID, lanes);
        b.step(0, n.startTitle(sc, labels), n.startNarration(sc, labels, results, buffer),
                CongestionNarration.START_REFERENCES, -1, snapshot(n, results, 0, List.of(), -1, null));
        List<long[]> picks = new ArrayList<>(); // time, run, event index (-1 - flow for a late start)
        for (int r = 0; r < results.size(); r++) {
            List<DumbbellResult.Event> ev = results.get(r).events();
            int taken = 0;
            for (int f = 0; f < results.get(r).config().flows().size(); f++) {
                long start = results.get(r).config().flows().get(f).startNs();
                if (start > 0 && taken < MAX_STEPS_PER_RUN) {
                    picks.add(new long[] {start, r, -1 - f});
                    taken++;
                }
            }
            int[] partialsInRecovery = new int[results.get(r).flows().size()];
            for (int i = 0; i < ev.size() && taken < MAX_STEPS_PER_RUN; i++) {
                DumbbellResult.Event e = ev.get(i);
                if (e.kind() == DumbbellResult.EventKind.FAST_RETRANSMIT || e.kind() == DumbbellResult.EventKind.RTO) {
                    partialsInRecovery[e.flow()] = 0;
                }
                // A long recovery has one partial ACK per hole: the first few tell the story.
                if (e.kind() == DumbbellResult.EventKind.PARTIAL_ACK && ++partialsInRecovery[e.flow()] > 3) {
                    continue;
                }
                if (e.time() > 0) {
                    picks.add(new long[] {e.time(), r, i});
                    taken++;
                }
            }
        }
        picks.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        for (long[] p : picks) {
            int r = (int) p[1];
            if (p[2] < 0) {
                int f = (int) (-1 - p[2]);
                String algo = results.get(r).flows().get(f).algorithm();
                b.step(p[0], n.joinTitle(labels.get(r), algo, f, p[0]), n.joinNarration(algo),
                        CongestionNarration.JOIN_REFERENCES, -1, snapshot(n, results, p[0], List.of(), -1, null));
                continue;
            }
            DumbbellResult.Event e = results.get(r).events().get((int) p[2]);
            String algo = results.get(r).flows().get(e.flow()).algorithm();
            b.step(e.time(), n.title(labels.get(r), e, algo, sc.sack()), n.narration(e, algo, sc.sack()),
                    CongestionNarration.references(e, algo, sc.sack()), -1, snapshot(n, results, e.time(), List.of(), r, e));
        }
        for (int r = 0; r < results.size(); r++) {
            b.series(new CongestionSeries(labels.get(r), results.get(r)));
        }
        long end = Math.round(sc.durationS() * 1e9);
        b.step(end, n.summaryTitle(sc), n.summaryNarration(sc), CongestionNarration.SUMMARY_REFERENCES, -1,
                snapshot(n, results, end, List.of(summary(n, labels, results)), -1, null));
        return b.build();
    }

    /** Every flow's last sample at {@code time}; the flow an event is about shows the event's exact values. */
    private static Snapshot snapshot(CongestionNarration n, List<DumbbellResult> results, long time, List<Table> tables, int eventRun,
                                     DumbbellResult.Event event) {
        List<NodeState> nodes = new ArrayList<>();
        for (int r = 0; r < results.size(); r++) {
            Series s = results.get(r).samples();
            for (int f = 0; f < results.get(r).flows().size(); f++) {
                int i = lastSample(s, f, time);
                if (i < 0) {
                    nodes.add(new NodeState(lane(r, f), n.text("state.notStarted"), List.of()));
                    continue;
                }
                boolean exact = event != null && r == eventRun && f == event.flow();
                long cwnd = exact ? event.cwnd() : s.cwnd(i);
                long ssthresh = exact ? event.ssthresh() : s.ssthresh(i);
                SenderState.CaState recovery = exact && event.kind() == DumbbellResult.EventKind.FAST_RETRANSMIT
                        ? SenderState.CaState.RECOVERY : exact && event.kind() == DumbbellResult.EventKind.RTO
                        ? SenderState.CaState.LOSS : s.caState(i);
                // cwnd, ssthresh and srtt are the kernel's own names (ss -i prints them), the same in every language.
                nodes.add(new NodeState(lane(r, f), n.phase(exact ? event.phase() : s.phase(i)), List.of(
                        new Variable("cwnd", n.segments(cwnd)),
                        new Variable("ssthresh", ssthresh >= SenderState.INFINITE_SSTHRESH ? "∞" : n.segments(ssthresh)),
                        new Variable(n.text("variable.inFlight"),
                                n.segments(exact && event.flight() > 0 ? event.flight() : s.inflight(i))),
                        new Variable("srtt", n.units().fixed(s.srtt(i) / 1e6, 1) + " ms"),
                        new Variable(n.text("variable.deliveryRate"), n.units().fixed(s.deliveryRate(i) * 8 / 1e6, 2) + " Mb/s"),
                        new Variable(n.text("variable.queue"), n.packets(s.queue(i))),
                        new Variable(n.text("variable.lossRecovery"), n.text("recovery." + recovery.name())))));
            }
        }
        return new Snapshot(nodes, List.of(), tables);
    }

    /** Index of the flow's last sample at or before {@code time}, or -1. Samples are in time order. */
    static int lastSample(Series s, int flow, long time) {
        int lo = 0;
        int hi = s.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (s.time(mid) <= time) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = found; i >= 0 && i > found - 200; i--) {
            if (s.flow(i) == flow) {
                return i;
            }
        }
        return -1;
    }

    private static Table summary(CongestionNarration n, List<String> labels, List<DumbbellResult> results) {
        CongestionUnits u = n.units();
        List<Table.Row> rows = new ArrayList<>();
        for (int r = 0; r < results.size(); r++) {
            DumbbellResult res = results.get(r);
            for (int f = 0; f < res.flows().size(); f++) {
                DumbbellResult.FlowTotals t = res.flows().get(f);
                rows.add(Table.Row.of(labels.get(r), String.valueOf(f + 1), t.algorithm(),
                        u.fixed(t.throughputBps() / 1e6, 2), u.fixed(t.goodputBps() / 1e6, 2),
                        String.valueOf(t.retransmissions()), u.percent(res.utilization()), u.fixed(res.jainFairness(), 3)));
            }
        }
        return new Table("summary", n.text("table.summary"), Arrays.stream(new String[] {"run", "flow", "algorithm",
            "throughput", "goodput", "retransmissions", "utilization", "fairness"}).map(c -> n.text("column." + c)).toList(),
                rows);
    }

    static String lane(int run, int flow) {
        return "run" + run + "-flow" + flow;
    }
}
