package org.wirewise.model.congestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The window rules, against the RFCs' own statements and examples. */
class CongestionControlTest {

    private static final int MSS = 1460;

    @Test
    void slowStartDoublesTheWindowEachRoundTrip() {
        // RFC 5681 §3.1 eq. 2: cwnd += min(N, SMSS) per ACK; one ACK per segment doubles cwnd per RTT.
        SenderState s = new SenderState(MSS, 10);
        CongestionControl reno = Reno.reno();
        for (int round = 0; round < 4; round++) {
            long before = s.cwnd;
            for (long acked = 0; acked < before; acked += MSS) {
                reno.onAck(s, MSS, 0);
            }
            assertThat(s.cwnd).isEqualTo(2 * before);
        }
        assertThat(s.phase).isEqualTo(Phase.SLOW_START);
    }

    @Test
    void congestionAvoidanceAddsAboutOneSegmentPerRoundTrip() {
        SenderState s = new SenderState(MSS, 10);
        s.ssthresh = s.cwnd;
        Reno reno = Reno.newReno();
        for (int i = 0; i < 10; i++) {
            reno.onAck(s, MSS, 0);
        }
        assertThat(s.cwndSegments()).isCloseTo(11, within(0.1));
        assertThat(s.phase).isEqualTo(Phase.CONGESTION_AVOIDANCE);
    }

    @Test
    void lossHalvesTheFlightButNeverBelowTwoSegments() {
        SenderState s = new SenderState(MSS, 10);
        s.bytesInFlight = 20L * MSS;
        assertThat(Reno.reno().ssthreshAfterLoss(s)).isEqualTo(10L * MSS);
        s.bytesInFlight = 3L * MSS;
        assertThat(Reno.reno().ssthreshAfterLoss(s)).isEqualTo(2L * MSS); // RFC 5681 eq. 4
    }

    @Test
    void aTimeoutSetsTheWindowToOneSegment() {
        SenderState s = new SenderState(MSS, 10);
        s.cwnd = 40L * MSS;
        s.bytesInFlight = 40L * MSS;
        for (CongestionControl cc : List.of(Reno.tahoe(), Reno.reno(), Reno.newReno(), new Cubic())) {
            SenderState copy = new SenderState(MSS, 40);
            copy.bytesInFlight = s.bytesInFlight;
            cc.onRetransmissionTimeout(copy, 0);
            assertThat(copy.cwnd).as(cc.name()).isEqualTo(MSS); // RFC 5681 §3.1, RFC 9438 §4.8
            assertThat(copy.phase).isEqualTo(Phase.RTO_RECOVERY);
        }
    }

    @Test
    void cubicFollowsTheRfc9438Curve() {
        // RFC 9438 §4.2 with W_max = 100 and β = 0.7: K = ∛(100 · 0.3 / 0.4) ≈ 4.217 s.
        double k = Cubic.k(100, 70);
        assertThat(k).isCloseTo(4.217, within(0.001));
        double[] expected = {70, 86.68, 95.64, 99.28, 100.00, 100.19, 102.27, 108.62, 121.65};
        for (int t = 0; t <= 8; t++) {
            assertThat(Cubic.wCubic(t, k, 100)).as("W(%d)", t).isCloseTo(expected[t], within(0.01));
        }
    }

    @Test
    void cubicFastConvergenceLowersWmaxWhenLossComesEarly() {
        // RFC 9438 §4.7: a loss below the previous W_max sets W_max = cwnd · (1 + β) / 2.
        Cubic cubic = new Cubic();
        SenderState s = new SenderState(MSS, 100);
        cubic.onCongestionEvent(s, 0);
        assertThat(cubic.wMax()).isCloseTo(100, within(1e-9));
        s.cwnd = 80L * MSS;
        cubic.onCongestionEvent(s, 0);
        assertThat(cubic.wMax()).isCloseTo(80 * 1.7 / 2, within(1e-9));
        Cubic plain = new Cubic(false);
        plain.onCongestionEvent(new SenderState(MSS, 100), 0);
        plain.onCongestionEvent(s, 0);
        assertThat(plain.wMax()).isCloseTo(80, within(1e-9));
        assertThat(cubic.ssthreshAfterLoss(s)).isEqualTo((long) (80L * MSS * 0.7)); // §4.6
    }

    @Test
    void cubicWindowTracksTheCurveInCongestionAvoidance() {
        Cubic cubic = new Cubic();
        SenderState s = new SenderState(MSS, 100);
        cubic.onCongestionEvent(s, 0);
        s.cwnd = 70L * MSS;
        s.ssthresh = s.cwnd;
        s.srtt = 1_000_000; // 1 ms: W_cubic(t + RTT) ≈ W_cubic(t)
        long ns = 0;
        while (ns < 4_217_000_000L) {
            cubic.onAck(s, MSS, ns);
            ns += 1_000_000;
        }
        assertThat(s.cwndSegments()).isCloseTo(100, within(1.5));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void bbrProbeBwNeverStartsInTheDrainPhaseAndCyclesTheLinuxGains(long seed) {
        assertThat(Bbr.PACING_GAIN_CYCLE).containsExactly(1.25, 0.75, 1, 1, 1, 1, 1, 1);
        assertThat(Bbr.HIGH_GAIN).isCloseTo(2.885, within(0.001));
        DumbbellResult r = DumbbellSimulator.run(new DumbbellConfig(10e6, 10_000_000, 100, 0, MSS,
                3_000_000_000L, seed, 10_000_000, true, List.of(new DumbbellConfig.Flow("bbr", 40_000_000, 0))));
        List<DumbbellResult.Event> phases = r.events().stream()
                .filter(e -> e.kind() == DumbbellResult.EventKind.PHASE_CHANGE).toList();
        assertThat(phases).extracting(DumbbellResult.Event::phase)
                .startsWith(Phase.BBR_DRAIN, Phase.BBR_PROBE_BW);
    }
}
