package org.wirewise.model.latency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Trace;

class BandwidthThroughputTest {

    private static TransferAccount account(double mbps, double rttMs, int kB, double lossPercent, long seed) {
        TcpTransfer.Setup setup = new TcpTransfer.Setup(Math.round(mbps * 1e6), SimTime.millis(rttMs), kB * 1000L,
                true, TcpTransfer.windowFor(Math.round(mbps * 1e6), SimTime.millis(rttMs)), lossPercent / 100, seed);
        return TransferAccount.of(setup, TcpTransfer.run(setup));
    }

    /** The issue's example: 100 MB over 1 Gb/s is 0.8 s at full rate, 1 s at 800 Mb/s, 1.05 s with 50 ms on top. */
    @Test
    void theIssuesWorkedExample() {
        assertThat(BandwidthThroughputSimulator.transferTime(100_000_000L, 1_000_000_000L, 0)).isEqualTo(800 * SimTime.MILLISECOND);
        assertThat(BandwidthThroughputSimulator.transferTime(100_000_000L, 800_000_000L, SimTime.millis(50)))
                .isEqualTo(1050 * SimTime.MILLISECOND);
        Trace trace = BandwidthThroughputSimulator.simulate(ThroughputScenario.DEFAULTS);
        var rows = trace.step(0).snapshot().table(BandwidthThroughputSimulator.EXAMPLE).orElseThrow().rows();
        assertThat(rows.get(2).cells()).containsExactly("At 800 Mb/s + 50 ms latency", "1.050 s");
    }

    /** A full segment: 1448 bytes of data (MSS 1460 less 12 of timestamps) in 1538 bytes on the wire. */
    @Test
    void headersTakeSixPerCentOfEveryFullSegment() {
        TransferAccount a = account(100, 50, 200, 0, 1);
        assertThat(a.fullSegmentPayload()).isEqualTo(1448);
        assertThat(a.fullSegmentWire()).isEqualTo(1448 + 32 + 20 + 14 + 24);
        assertThat(a.headerBits()).isPositive();
    }

    /** Slow start: ten segments (RFC 6928), then about twice as many each round trip. */
    @Test
    void theFirstFlightIsTenSegmentsAndEachRoundRoughlyDoubles() {
        TransferAccount a = account(100, 50, 200, 0, 1);
        assertThat(a.rounds().get(0)).isEqualTo(10);
        assertThat(a.rounds().get(1)).isEqualTo(20);
        assertThat(a.rounds().get(2)).isEqualTo(40);
    }

    /** A short transfer on a long round trip never gets near the link's rate; a long one on a short path does. */
    @Test
    void throughputFallsShortOfBandwidthMostForShortTransfersOnLongPaths() {
        TransferAccount shortFar = account(100, 50, 200, 0, 1);
        TransferAccount longNear = account(100, 2, 5000, 0, 1);
        assertThat(shortFar.throughputBps()).isLessThan(0.1 * 100e6);
        assertThat(longNear.throughputBps()).isGreaterThan(0.8 * 100e6).isLessThan(100e6 * 1448 / 1538);
        // Every bit the link carried or could have carried is accounted for.
        assertThat(shortFar.payloadBytes() * 8.0 + shortFar.headerBits() + shortFar.retransmitted() * 8.0
                + shortFar.idleBits(100_000_000L)).isCloseTo(shortFar.capacityBits(100_000_000L),
                org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void lossCostsRetransmissionsAndTime() {
        TransferAccount clean = account(100, 20, 1000, 0, 4);
        TransferAccount lossy = account(100, 20, 1000, 2, 4);
        assertThat(lossy.lostFrames()).isPositive();
        assertThat(lossy.retransmitted()).isPositive();
        assertThat(lossy.duration()).isGreaterThan(clean.duration());
        assertThat(clean.retransmitted()).isZero();
    }

    @Test
    void theSameScenarioGivesTheSameTrace() {
        assertThat(BandwidthThroughputSimulator.simulate(ThroughputScenario.DEFAULTS))
                .isEqualTo(BandwidthThroughputSimulator.simulate(ThroughputScenario.DEFAULTS));
    }
}
