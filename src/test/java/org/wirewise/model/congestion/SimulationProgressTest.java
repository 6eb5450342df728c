package org.wirewise.model.congestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Long runs say how far they have got, and stop when asked. */
class SimulationProgressTest {

    private static final CongestionScenario LONG = new CongestionScenario("reno,cubic", CongestionScenario.Compare.SEPARATE,
            4, 100, 50, 1, 1, 0, 20, true, 7);

    @Test
    void reportsRiseFromZeroToOneAcrossEveryRun() {
        List<Double> reports = new ArrayList<>();
        CongestionSimulator.simulate(LONG, reports::add);
        assertThat(reports).hasSizeGreaterThan(10);
        assertThat(reports).isSorted();
        assertThat(reports.get(0)).isBetween(0.0, 0.1);
        assertThat(reports.get(reports.size() - 1)).isBetween(0.9, 1.0);
        // The second algorithm's run reports the upper half.
        assertThat(reports).anyMatch(f -> f > 0.5 && f < 0.6);
    }

    @Test
    void throwingFromAReportAbandonsTheRun() {
        int[] calls = {0};
        assertThatThrownBy(() -> CongestionSimulator.simulate(LONG, fraction -> {
            if (++calls[0] == 3) {
                throw new CancellationException("stop");
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(calls[0]).isEqualTo(3);
    }

    @Test
    void theReportsDoNotChangeTheResult() {
        DumbbellResult quiet = DumbbellSimulator.run(DumbbellSimulatorTest.oneFlow("cubic", 50, 40, 1, 10, 0.001));
        DumbbellResult watched = DumbbellSimulator.run(DumbbellSimulatorTest.oneFlow("cubic", 50, 40, 1, 10, 0.001),
                fraction -> { });
        assertThat(watched.events()).isEqualTo(quiet.events());
        assertThat(watched.flows()).isEqualTo(quiet.flows());
    }
}
