package org.wirewise.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wirewise.model.congestion.CongestionScenario;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.tcp.HeadOfLineScenario;
import org.wirewise.model.tcp.HeadOfLineSimulator;
import org.wirewise.model.tcp.LifecycleScenario;
import org.wirewise.model.tcp.LifecycleSimulator;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;

/**
 * Every sum a loss narration prints is recomputed here from the operands it prints: a learner who
 * checks "max(3337.0 / 2, 2) = 1668.5" must find it true. Statements are matched by their shape;
 * a narration that sets ssthresh without one of these shapes fails, so none goes unchecked.
 */
class NarrationArithmeticTest {

    private static final String N = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern HALF = Pattern.compile("max\\(" + N + " / 2, 2\\) = " + N);
    private static final Pattern HALF_BYTES = Pattern.compile("max\\(" + N + " / 2, 2 × " + N + "\\) = " + N);
    private static final Pattern BETA = Pattern.compile("0\\.7 × " + N + " = " + N);
    private static final Pattern PLUS_THREE = Pattern.compile(N + " \\+ 3 = " + N);

    private int checked;

    @Test
    void everyCongestionNarrationsArithmeticAddsUp() {
        for (String algo : List.of("tahoe", "reno", "newreno", "cubic")) {
            for (boolean sack : List.of(true, false)) {
                Trace trace = CongestionSimulator.simulate(new CongestionScenario(algo,
                        CongestionScenario.Compare.SEPARATE, 2, 10, 50, 1, 1, 0, 8, sack, 1, 0.5, "31,33,35"));
                checkAll(trace, 0.05, algo.equals("cubic") ? 0.1 : 0.05);
            }
        }
        assertThat(checked).as("arithmetic statements recomputed").isGreaterThan(40);
    }

    @Test
    void theTcpLessonsFastRetransmitArithmeticAddsUp() {
        LifecycleScenario d = LifecycleScenario.DEFAULTS;
        checkAll(LifecycleSimulator.simulate(new LifecycleScenario(d.rttMs(), d.bandwidthMbps(), d.seed(), d.closer(),
                d.mslSeconds(), d.responseBytes(), true, "7")), 0, 0);
        HeadOfLineScenario h = HeadOfLineScenario.DEFAULTS;
        checkAll(HeadOfLineSimulator.simulate(new HeadOfLineScenario(h.rttMs(), h.bandwidthMbps(), h.seed(),
                h.messages(), h.messageBytes(), h.intervalMs(), h.lostMessage(), "5")), 0, 0);
        assertThat(checked).isGreaterThanOrEqualTo(2);
    }

    private void checkAll(Trace trace, double tolerance, double betaTolerance) {
        for (Step step : trace.steps()) {
            String text = step.narration();
            List<String> found = new ArrayList<>();
            for (Matcher m = HALF.matcher(text); m.find(); ) {
                double half = Math.max(Double.parseDouble(m.group(1)) / 2, 2);
                assertThat(Double.parseDouble(m.group(2))).as(m.group()).isCloseTo(half, within(tolerance));
                found.add(m.group());
            }
            for (Matcher m = HALF_BYTES.matcher(text); m.find(); ) {
                long expected = Math.max(Long.parseLong(m.group(1)) / 2, 2 * Long.parseLong(m.group(2)));
                assertThat(Long.parseLong(m.group(3))).as(m.group()).isEqualTo(expected);
                found.add(m.group());
            }
            for (Matcher m = BETA.matcher(text); m.find(); ) {
                double cut = Math.max(0.7 * Double.parseDouble(m.group(1)), 2);
                assertThat(Double.parseDouble(m.group(2))).as(m.group()).isCloseTo(cut, within(betaTolerance));
                found.add(m.group());
            }
            for (Matcher m = PLUS_THREE.matcher(text); m.find(); ) {
                double sum = Double.parseDouble(m.group(1)) + 3;
                assertThat(Double.parseDouble(m.group(2))).as(m.group()).isCloseTo(sum, within(tolerance));
                found.add(m.group());
            }
            if (text.contains("ssthresh = ") || text.contains("ssthresh to half")) {
                assertThat(found).as("the ssthresh arithmetic in: " + text).isNotEmpty();
            }
            checked += found.size();
        }
    }

    private static org.assertj.core.data.Offset<Double> within(double tolerance) {
        return org.assertj.core.data.Offset.offset(tolerance + 1e-9);
    }
}
