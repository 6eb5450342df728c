package org.wirewise.model.latency;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.wirewise.model.sim.SimTime;

class BdpTest {

    /** The example: 1 Gb/s × 100 ms = 12.5 MB in flight. */
    @Test
    void oneGigabitTimesOneHundredMillisecondsIsTwelveAndAHalfMegabytes() {
        assertThat(Bdp.bytes(1e9, SimTime.millis(100))).isEqualTo(12_500_000.0);
        assertThat(Bdp.shiftFor(12_500_000)).isEqualTo(8); // 65535 << 8 = 16.8 MB; << 7 = 8.4 MB is too small
    }

    /** A flow without window scaling on a long fat path: measured throughput within 5 % of 65,535 bytes ÷ RTT. */
    @Test
    void anUnscaledFlowGetsWindowOverRtt() {
        for (double rttMs : new double[] {50, 100}) {
            TcpTransfer.Result[] runs = BdpSimulator.runs(new BdpScenario(100, rttMs, 2000, 1));
            double limit = Bdp.windowLimitBps(Bdp.UNSCALED_WINDOW, SimTime.millis(rttMs));
            assertThat(BdpSimulator.steadyThroughputBps(runs[0], SimTime.millis(rttMs))).as("RTT " + rttMs).isCloseTo(limit,
                    Percentage.withPercentage(5));
        }
    }

    /** With scaling the same path carries many times more: the window, not the link, held the first flow back. */
    @Test
    void windowScalingLiftsTheCeiling() {
        TcpTransfer.Result[] runs = BdpSimulator.runs(BdpScenario.DEFAULTS);
        double slow = BdpSimulator.steadyThroughputBps(runs[0], SimTime.millis(100));
        double fast = BdpSimulator.steadyThroughputBps(runs[1], SimTime.millis(100));
        assertThat(fast).isGreaterThan(5 * slow).isLessThan(100e6);
    }
}
