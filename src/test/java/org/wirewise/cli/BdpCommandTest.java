package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirewise.model.latency.BdpScenario;
import org.wirewise.model.latency.BdpSimulator;
import org.wirewise.model.trace.Trace;

class BdpCommandTest extends CommandLineHarness {

    /** The issue's example: 1 Gb/s × 100 ms = 12.5 MB, needing a window scale shift of 8. */
    @Test
    void printsTheIssuesExample() {
        assertThat(run("bdp", "--bandwidth", "1gbit", "--rtt", "100ms")).isZero();
        assertThat(stdoutText()).contains("12.50 MB (12,500,000 bytes in flight").contains("shift 8")
                .contains("at most 5.2 Mb/s (0.5 % of the bandwidth)");
    }

    /** The lesson at 100 Mb/s and 100 ms prints the same product and the same 64 KiB ceiling. */
    @Test
    void printsTheSameNumbersAsTheLesson() {
        assertThat(run("bdp", "--bandwidth", "100mbit", "--rtt", "100ms")).isZero();
        Trace lesson = BdpSimulator.simulate(BdpScenario.DEFAULTS);
        var product = lesson.step(0).snapshot().table(BdpSimulator.PRODUCT).orElseThrow().rows().get(1).cells().get(1);
        assertThat(product).isEqualTo("1.25 MB");
        assertThat(stdoutText()).contains("BDP             " + product);
        var ceiling = lesson.step(lesson.stepCount() - 1).snapshot().table(BdpSimulator.COMPARISON).orElseThrow()
                .rows().get(0).cells().get(3);
        assertThat(ceiling).isEqualTo("5.2 Mb/s");
        assertThat(stdoutText()).contains("at most 5.2 Mb/s");
    }

    @Test
    void aMissingUnitSaysWhatIsAllowedAndExitsTwo() {
        assertThat(run("bdp", "--bandwidth", "1000", "--rtt", "100ms")).isEqualTo(2);
        assertThat(err.toString()).contains("--bandwidth").contains("(no unit)").contains("100mbit");
        assertThat(run("bdp", "--bandwidth", "1gbit", "--rtt", "fast")).isEqualTo(2);
        assertThat(err.toString()).contains("--rtt: expected a time with its unit: 60s, 50ms");
    }
}
