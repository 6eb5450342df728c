package org.wirewise.cli.congestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.cli.CliException;

/** Reading the ns-3 dumbbell's output: goodput over each flow's own time, Jain's index, starved flows. */
class Ns3ComparisonTest {

    @Test
    void eachFlowsGoodputIsOverItsOwnTimeAndAStalledFlowCountsAsStarved() throws CliException {
        // Four flows of 10 s; the last started 2 s late and carried almost nothing (a stalled ns-3 flow).
        Ns3Comparison.Run run = new Ns3Comparison(10).parse(List.of(
                "flow 0 0 12500000", "flow 1 0 12500000", "flow 2 0 12500000", "flow 3 2 100000"), 4);
        assertThat(run.goodputBps()).containsExactly(10e6, 10e6, 10e6, 100_000 * 8 / 8.0);
        assertThat(run.starved()).isEqualTo(1);
        double sum = 30e6 + 100_000;
        double squares = 3 * 1e14 + 1e10;
        assertThat(run.jain()).isCloseTo(sum * sum / (4 * squares), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(run.jain()).isLessThan(0.8);
    }

    @Test
    void missingFlowLinesAreReported() {
        assertThatThrownBy(() -> new Ns3Comparison(10).parse(List.of("flow 0 0 100"), 2))
                .isInstanceOf(CliException.class).hasMessageContaining("expected 2 \"flow\" lines");
    }
}
