package org.wirewise.ui.lesson.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.model.congestion.CongestionScenario;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.congestion.Phase;
import org.wirewise.testing.RandomCases;

/** What the charts draw: the visible window of a line, its maximum there, and each flow's phases. */
class ChartLineTest {

    static LongStream seeds() {
        return RandomCases.seeds(10);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theVisibleWindowAndItsMaximumMatchAPlainScan(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(5000);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.01;
            y[i] = random.nextDouble(0, 100);
        }
        ChartLine line = new ChartLine("l", x, y, n, 0, new double[0], null);
        for (int k = 0; k < 20; k++) {
            double lo = random.nextDouble(-1, n * 0.01);
            double hi = lo + random.nextDouble(0.001, n * 0.01);
            int[] w = line.window(lo, hi);
            double expected = Double.NEGATIVE_INFINITY;
            int first = -1;
            int last = -1;
            for (int i = 0; i < n; i++) {
                if (x[i] >= lo && x[i] <= hi) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            for (int i = w[0]; i < w[1]; i++) {
                expected = Math.max(expected, y[i]);
            }
            assertThat(line.maxY(w[0], w[1])).as("seed %d", seed).isEqualTo(expected);
            if (first >= 0) {
                assertThat(w[0]).as("seed %d: one sample before the window", seed).isEqualTo(Math.max(0, first - 1));
                assertThat(w[1]).as("seed %d: one sample after it", seed).isEqualTo(Math.min(n, last + 2));
            }
        }
    }

    @Test
    void decimatingTheVisibleWindowOnlyKeepsItsEnds() {
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i % 1000;
        }
        double[] ox = new double[500];
        double[] oy = new double[500];
        int m = Lttb.decimate(x, y, 250_000, 260_000, 500, ox, oy);
        assertThat(m).isEqualTo(500);
        assertThat(ox[0]).isEqualTo(250_000);
        assertThat(ox[m - 1]).isEqualTo(259_999);
        assertThat(oy).contains(999.0);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void zoomedOutFramesDrawFromACoarserLevelThatKeepsThePeaks(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 1e-3;
            y[i] = random.nextDouble(0, 10);
        }
        int spike = 1 + random.nextInt(n - 2);
        y[spike] = 500;
        ChartLine line = new ChartLine("l", x, y, n, 0, new double[0], null);
        ChartLine.Level whole = line.levelFor(0, 1000, 4 * 1500);
        assertThat(whole.n()).as("seed %d: the whole run from a level of tens of thousands", seed)
                .isBetween(4 * 1500, 200_000);
        assertThat(java.util.Arrays.stream(whole.y(), 0, whole.n()).max().orElseThrow()).as("seed %d", seed)
                .isEqualTo(500);
        ChartLine.Level zoomed = line.levelFor(100, 101, 4 * 1500);
        assertThat(zoomed.n()).as("seed %d: a thousand samples in view: the samples themselves", seed).isEqualTo(n);
        int[] w = ChartLine.window(whole, 0, 1000);
        assertThat(w[1] - w[0]).isEqualTo(whole.n());
    }

    @Test
    void everyComparedRunKeepsItsShareOfTheLinesAndLossesShowPerRound() {
        CongestionSimulator.CongestionRun run = CongestionSimulator.runOf(CongestionSimulator.simulate(
                new CongestionScenario("tahoe,reno,newreno,cubic,bbr", CongestionScenario.Compare.SEPARATE, 3, 10, 40, 1,
                        1, 0, 5, true, 1)));
        List<SeriesLines.RunLines> lines = SeriesLines.of(run, Metric.CWND, true);
        assertThat(lines).extracting(SeriesLines.RunLines::label).containsExactly("tahoe", "reno", "newreno", "cubic", "bbr");
        assertThat(lines).allSatisfy(r -> {
            assertThat(r.flows()).hasSize(2);
            assertThat(r.flowCount()).isEqualTo(3);
        });
        ChartLine reno = lines.get(1).flows().get(0);
        assertThat(reno.label).isEqualTo("reno #1");
        long losses = run.results().get(1).events().stream()
                .filter(e -> e.flow() == 0 && e.kind() != DumbbellResult.EventKind.PHASE_CHANGE).count();
        assertThat(losses).isPositive();
        assertThat(reno.marks).as("per round, losses sit on round numbers").isNotEmpty();
        for (double m : reno.marks) {
            assertThat(m).isEqualTo(Math.rint(m)).isBetween(0.0, reno.n - 1.0);
        }
    }

    @Test
    void theRibbonFollowsEachFlowsPhasesAtTheEventTimes() {
        CongestionSimulator.CongestionRun run = CongestionSimulator.runOf(CongestionSimulator.simulate(
                new CongestionScenario("reno,bbr", CongestionScenario.Compare.SEPARATE, 1, 10, 40, 1, 1, 0, 10, true, 1)));
        List<SeriesLines.RunLines> lines = SeriesLines.of(run, Metric.CWND, false);
        ChartLine reno = lines.get(0).flows().get(0);
        ChartLine bbr = lines.get(1).flows().get(0);
        assertThat(reno.phases.at(0)).isEqualTo(Phase.SLOW_START);
        assertThat(bbr.phases.at(0)).isEqualTo(Phase.BBR_STARTUP);
        DumbbellResult.Event fastRetransmit = run.results().get(0).events().stream()
                .filter(e -> e.kind() == DumbbellResult.EventKind.FAST_RETRANSMIT).findFirst().orElseThrow();
        assertThat(reno.phases.at(fastRetransmit.time() / 1e9)).as("RFC 5681 §3.2: fast recovery from the third dup ACK")
                .isEqualTo(Phase.FAST_RECOVERY);
        assertThat(reno.phases.at(fastRetransmit.time() / 1e9 - 1e-6)).isEqualTo(Phase.SLOW_START);
        assertThat(List.of(bbr.phases.phase()).subList(0, bbr.phases.n()))
                .contains(Phase.BBR_STARTUP, Phase.BBR_DRAIN, Phase.BBR_PROBE_BW);
        assertThat(lines.get(0).queue().phases).as("the queue has no phases").isNull();
    }

    @Test
    void ssthreshIsDrawnFromTheFirstLossOnAndNotAtAllForBbr() {
        CongestionSimulator.CongestionRun run = CongestionSimulator.runOf(CongestionSimulator.simulate(
                new CongestionScenario("reno,bbr", CongestionScenario.Compare.SEPARATE, 1, 10, 40, 1, 1, 0, 10, true, 1)));
        List<SeriesLines.RunLines> lines = SeriesLines.of(run, Metric.SSTHRESH, false);
        ChartLine reno = lines.get(0).flows().get(0);
        ChartLine bbr = lines.get(1).flows().get(0);
        DumbbellResult.Event firstLoss = run.results().get(0).events().stream()
                .filter(e -> e.kind() == DumbbellResult.EventKind.FAST_RETRANSMIT).findFirst().orElseThrow();
        // RFC 5681 §3.1: ssthresh starts arbitrarily high; the first loss sets max(FlightSize/2, 2·SMSS).
        assertThat(reno.n).isPositive();
        assertThat(reno.x[0]).isGreaterThanOrEqualTo(firstLoss.time() / 1e9);
        assertThat(reno.y[0]).isEqualTo(firstLoss.ssthresh() / (double) org.wirewise.model.congestion.DumbbellConfig.LINUX_MSS);
        for (int i = 0; i < reno.n; i++) {
            assertThat(reno.y[i]).isFinite().isLessThan(1e6);
        }
        assertThat(reno.phases.at(0)).as("the ribbon still covers the whole run").isEqualTo(Phase.SLOW_START);
        assertThat(bbr.n).as("BBR v1 does not use ssthresh").isZero();
        assertThat(bbr.phases.at(0)).isEqualTo(Phase.BBR_STARTUP);
    }
}
