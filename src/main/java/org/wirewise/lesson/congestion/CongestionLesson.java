package org.wirewise.lesson.congestion;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.congestion.CongestionScenario;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Congestion control: Tahoe, Reno, NewReno, CUBIC and BBR over a shared bottleneck. */
public final class CongestionLesson implements Lesson<CongestionScenario> {

    /** Which algorithms run; the view's side by side compares two of them A/B through this parameter. */
    public static final ParameterSpec ALGORITHMS = ParameterSpec.text("algorithms", "Algorithms", 60,
            "Comma-separated: tahoe, reno, newreno, cubic, bbr (BBR v1 as in Linux). Several are compared.");

    private static final ScenarioSchema<CongestionScenario> SCHEMA = new ScenarioSchema<>(CongestionScenario.class,
            CongestionScenario.DEFAULTS, List.of(
            ALGORITHMS,
            ParameterSpec.choice("compare", "Compare", List.of("separate", "shared"),
                    "separate: each algorithm alone on the same path and seed; shared: their flows compete for one "
                            + "bottleneck (BBR vs CUBIC)."),
            ParameterSpec.integer("flows", "Flows", "per algorithm", 1, 50, "Bulk flows per algorithm; 50 in all at most."),
            ParameterSpec.decimal("bandwidthMbps", "Bottleneck", "Mb/s", 1, 10_000, "Bottleneck link rate."),
            ParameterSpec.decimal("rttMs", "RTT", "ms", 1, 2_000, "Round-trip propagation time of the first flow."),
            ParameterSpec.decimal("rttRatio", "RTT spread", "×", 1, 10,
                    "The last flow's RTT as a multiple of the first's, to show RTT unfairness; 1 = all equal."),
            ParameterSpec.decimal("bufferBdp", "Buffer", "× BDP", 0.05, 20,
                    "Drop-tail buffer as a multiple of the bandwidth-delay product: 0.1 is shallow, 8 is bufferbloat."),
            ParameterSpec.decimal("lossPercent", "Random loss", "%", 0, 20,
                    "Random loss at the bottleneck, as on a lossy wireless link."),
            ParameterSpec.decimal("durationS", "Duration", "s", 1, 600, "Simulated time."),
            ParameterSpec.bool("sack", "SACK", "Receivers send SACK blocks (RFC 2018), so several holes are repaired per "
                    + "round trip; Linux's default."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds random loss and BBR's first ProbeBW phase. The same seed always gives the same run."),
            ParameterSpec.decimal("staggerS", "Start spacing", "s", 0, 600,
                    "Seconds between successive flows' starts: flow 2 joins this long after flow 1, and so on. "
                            + "Shows late joiners taking their share (or not); 0 = all start together."),
            ParameterSpec.text("drop", "Lose segments", 200,
                    "Segment numbers of flow 1 (counting from 1) to lose on their first transmission, separated "
                            + "by commas: \"31,33,35\" loses three segments of one window in slow start. With "
                            + "SACK off, watch NewReno repair one per partial ACK (RFC 6582) and Reno time out."),
            ParameterSpec.bool("delayedAck", "Delayed ACKs", "Receivers ACK every second segment (and a lone one after "
                    + "40 ms), but the first 16 and any out-of-order data at once, as Linux does (RFC 9293 §3.8.6.3); "
                    + "off, every segment is ACKed at once.")));

    @Override
    public String id() {
        return CongestionSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Congestion control";
    }

    @Override
    public Chapter chapter() {
        return Chapter.CONGESTION_CONTROL;
    }

    @Override
    public String summary() {
        return "Tahoe, Reno, NewReno, CUBIC and BBR over a shared bottleneck: the cwnd sawtooth, queues, "
                + "fairness and what buffers and random loss do to each.";
    }

    @Override
    public ScenarioSchema<CongestionScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(CongestionScenario scenario) {
        return CongestionSimulator.simulate(scenario);
    }

    /** Packets the bottleneck can carry in the run, per run: an upper bound on data packets simulated. */
    /** Each side's steps are its own losses and phase changes: the sides meet at the same second. */
    @Override
    public boolean comparesByTime() {
        return true;
    }

    @Override
    public long estimatedWork(CongestionScenario scenario) {
        int runs;
        try {
            runs = scenario.compare() == CongestionScenario.Compare.SHARED ? 1
                    : CongestionSimulator.algorithms(scenario.algorithms()).size();
        } catch (IllegalArgumentException e) {
            return 0; // refused at once by simulate()
        }
        double packetsPerSecond = scenario.bandwidthMbps() * 1e6 / 8 / 1500;
        return Math.round(runs * packetsPerSecond * scenario.durationS());
    }

    @Override
    public Trace simulate(CongestionScenario scenario, Progress progress) {
        return CongestionSimulator.simulate(scenario, progress);
    }
}
