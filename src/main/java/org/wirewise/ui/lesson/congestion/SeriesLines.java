package org.wirewise.ui.lesson.congestion;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.congestion.Phase;
import org.wirewise.model.congestion.Series;

/** Turns a congestion run into chart lines: per run, one line per flow of the metric, and its queue. */
final class SeriesLines {

    /** At most this many flow lines in all; more would be unreadable. */
    static final int MAX_LINES = 12;
    /** The simulator keeps at most this many events; a run that hit it falls back to the sampled phases. */
    private static final int EVENT_CAP = 100_000;

    /** One run's lines: its label (the algorithm, or "shared"), its flows' lines (maybe not all: see
     * {@code flowCount}) and its queue. */
    record RunLines(String label, List<ChartLine> flows, ChartLine queue, int flowCount) {
    }

    private SeriesLines() {
    }

    static List<RunLines> of(CongestionSimulator.CongestionRun run, Metric metric, boolean perRound) {
        List<RunLines> out = new ArrayList<>();
        int colour = 0;
        // Every run gets its share of the lines, so side by side no run is left without a chart.
        int perRun = Math.max(1, MAX_LINES / Math.max(1, run.results().size()));
        for (int r = 0; r < run.results().size(); r++) {
            DumbbellResult res = run.results().get(r);
            Series s = perRound ? res.rounds() : res.samples();
            String runLabel = run.labels().get(r);
            List<ChartLine> flows = new ArrayList<>();
            ChartLine queue = null;
            for (int f = 0; f < res.flows().size() && f < perRun; f++) {
                String algorithm = res.flows().get(f).algorithm();
                String label = (runLabel.equals(algorithm) ? algorithm : runLabel + " " + algorithm)
                        + (res.flows().size() > 1 ? " #" + (f + 1) : "");
                flows.add(line(label, s, f, colour, perRound, res, metric));
                if (f == 0) {
                    queue = line(runLabel, s, f, colour, perRound, res, null);
                }
                colour++;
            }
            if (queue != null) {
                out.add(new RunLines(runLabel, flows, queue, res.flows().size()));
            }
        }
        return out;
    }

    /** The round (x) of the first point taken at or after {@code t}, or -1. */
    private static double roundOf(long[] times, double[] x, int n, long t) {
        int i = java.util.Arrays.binarySearch(times, 0, n, t);
        int k = i >= 0 ? i : -i - 1;
        return k < n ? x[k] : -1;
    }

    /** The x extent: the run's duration in seconds, or the most rounds any flow has. */
    static double xMax(CongestionSimulator.CongestionRun run, boolean perRound) {
        double max = 1;
        for (DumbbellResult res : run.results()) {
            max = Math.max(max, perRound ? maxRounds(res.rounds()) : res.config().durationNs() / 1e9);
        }
        return max;
    }

    private static double maxRounds(Series s) {
        int[] count = new int[64];
        int max = 1;
        for (int i = 0; i < s.size(); i++) {
            int f = s.flow(i);
            if (f < count.length) {
                max = Math.max(max, ++count[f]);
            }
        }
        return max;
    }

    /** A flow's line of the metric (or, with a null metric, the bottleneck queue seen by that flow's samples). */
    private static ChartLine line(String label, Series s, int flow, int colour, boolean perRound, DumbbellResult res,
                                  Metric m) {
        boolean queue = m == null;
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.flow(i) == flow) {
                n++;
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        long[] times = new long[n];
        List<Double> starts = new ArrayList<>();
        List<Phase> phases = new ArrayList<>();
        int round = 0;
        int k = 0; // points with a value (ssthresh has none before the first loss)
        for (int i = 0; i < s.size(); i++) {
            if (s.flow(i) == flow) {
                double at = perRound ? round : s.time(i) / 1e9;
                round++;
                if (phases.isEmpty() || phases.get(phases.size() - 1) != s.phase(i)) {
                    starts.add(at);
                    phases.add(s.phase(i));
                }
                if (queue || m.defined(s, i)) {
                    times[k] = s.time(i);
                    x[k] = at;
                    y[k] = queue ? s.queue(i) : m.value(s, i);
                    k++;
                }
            }
        }
        n = k;
        // A loss per round is marked at the first round sample taken after it.
        int count = n;
        double[] marks = queue ? new double[0] : res.events().stream()
                .filter(e -> e.flow() == flow && e.kind().loss())
                .mapToDouble(e -> perRound ? roundOf(times, x, count, e.time()) : e.time() / 1e9)
                .filter(v -> v >= 0).distinct().toArray();
        if (!perRound && !queue && !starts.isEmpty() && res.events().size() < EVENT_CAP) {
            // Real time: phases change at the exact event times, not at the next periodic sample.
            starts.subList(1, starts.size()).clear();
            phases.subList(1, phases.size()).clear();
            for (DumbbellResult.Event e : res.events()) {
                if (e.flow() == flow && e.time() / 1e9 > starts.get(0) && e.phase() != phases.get(phases.size() - 1)) {
                    starts.add(e.time() / 1e9);
                    phases.add(e.phase());
                }
            }
        }
        ChartLine.PhaseRuns runs = queue ? null : new ChartLine.PhaseRuns(
                starts.stream().mapToDouble(Double::doubleValue).toArray(), phases.toArray(Phase[]::new), phases.size());
        return new ChartLine(label, x, y, n, colour, marks, runs);
    }
}
