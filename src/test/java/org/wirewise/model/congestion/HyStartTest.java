package org.wirewise.model.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Linux CUBIC's hybrid slow start: the two signs that end slow start before a loss. */
class HyStartTest {

    private static final int MSS = DumbbellConfig.LINUX_MSS;
    private static final long MIN_RTT = 44_000_000L;

    private static SenderState slowStart(int cwndSegments, int inFlightSegments) {
        SenderState s = new SenderState(MSS, cwndSegments);
        s.srtt = MIN_RTT;
        s.bytesInFlight = (long) inFlightSegments * MSS;
        return s;
    }

    @Test
    void anAckTrainLongerThanHalfTheMinimumRttEndsSlowStart() {
        SenderState s = slowStart(1000, 1000);
        HyStart h = new HyStart();
        long start = 1_000_000_000L;
        long now = start;
        // ACKs every 100 µs (a delayed ACK per two segments at about 230 Mb/s), RTT at its minimum.
        while (h.found() == null && now - start < MIN_RTT) {
            s.delivered += 2L * MSS;
            h.onAck(s, MIN_RTT, now);
            now += 100_000L;
        }
        long exitedAfter = now - 100_000L - start;
        assertThat(h.found()).isEqualTo(HyStart.Exit.ACK_TRAIN);
        // Half of (min RTT + Linux's 1 ms allowance for ACK compression), to the next ACK.
        assertThat(exitedAfter).isGreaterThan((MIN_RTT + 1_000_000L) / 2).isLessThanOrEqualTo((MIN_RTT + 1_000_000L) / 2 + 100_000L);
        assertThat(s.ssthresh).isEqualTo(s.cwnd);
    }

    @Test
    void aRoundWhoseRttRisesMoreThanAnEighthAboveTheMinimumEndsSlowStart() {
        // ACKs 3 ms apart (no train); rounds of 10 ACKs. Threshold: 44 / 8 = 5.5 ms above the minimum.
        assertThat(exitAfterRoundAt(MIN_RTT + 5_400_000L, MIN_RTT)).isNull();
        assertThat(exitAfterRoundAt(MIN_RTT + 5_600_000L, MIN_RTT)).isEqualTo(HyStart.Exit.DELAY);
        // A short path: an eighth of 20 ms is 2.5 ms, raised to Linux's 4 ms floor.
        assertThat(exitAfterRoundAt(23_900_000L, 20_000_000L)).isNull();
        assertThat(exitAfterRoundAt(24_100_000L, 20_000_000L)).isEqualTo(HyStart.Exit.DELAY);
    }

    /** One round at the minimum RTT, then a round at {@code rtt}: how HyStart ended slow start, if it did. */
    private static HyStart.Exit exitAfterRoundAt(long rtt, long minRtt) {
        SenderState s = slowStart(100, 20);
        s.srtt = minRtt;
        HyStart h = new HyStart();
        long now = 0;
        for (int ack = 0; ack < 20 && h.found() == null; ack++) {
            s.delivered += 2L * MSS;
            h.onAck(s, ack < 10 ? minRtt : rtt, now += 3_000_000L);
        }
        return h.found();
    }

    @Test
    void belowSixteenSegmentsSlowStartIsLeftAlone() {
        SenderState s = slowStart(HyStart.LOW_WINDOW - 1, HyStart.LOW_WINDOW - 1);
        HyStart h = new HyStart();
        long now = 0;
        for (int ack = 0; ack < 40; ack++) {
            s.delivered += 2L * MSS;
            h.onAck(s, ack < 10 ? MIN_RTT : 2 * MIN_RTT, now += 100_000L);
        }
        assertThat(h.found()).isNull();
        assertThat(s.ssthresh).isEqualTo(SenderState.INFINITE_SSTHRESH);
    }

    @Test
    void cubicOnTheNs3PathLeavesSlowStartBeforeItsFirstLossAtAboutOnePathsWorth() {
        long rtt = 44_000_000L;
        DumbbellConfig c = new DumbbellConfig(100e6, 20_000_000L, 100, 0, MSS, 3_000_000_000L, 1, 100_000_000L, true,
                List.of(new DumbbellConfig.Flow("cubic", rtt, 0)), new DumbbellConfig.Access(100e6, 1_000_000L, 100),
                true);
        DumbbellResult r = DumbbellSimulator.run(c);
        DumbbellResult.Event first = r.events().stream().filter(e -> e.kind() != DumbbellResult.EventKind.PHASE_CHANGE)
                .findFirst().orElseThrow();
        assertThat(first.kind()).isIn(DumbbellResult.EventKind.HYSTART_ACK_TRAIN, DumbbellResult.EventKind.HYSTART_DELAY);
        // The window it keeps fits the path: one BDP plus the two buffers it crosses, not twice that.
        long pathPackets = DumbbellConfig.bdpPackets(100e6, rtt, MSS) + 2L * 100;
        assertThat(first.ssthresh() / MSS).isBetween(16L, pathPackets);
        assertThat(new CongestionNarration(java.util.Locale.ENGLISH).narration(first, "cubic", true))
                .contains("ssthresh is set to the current cwnd, " + new CongestionUnits(java.util.Locale.ENGLISH).segments(first.ssthresh()) + " segments");
    }

    @Test
    void cubicFillsALongFatPipeWithoutSackBecauseHyStartAvoidsTheOvershoot() {
        // 100 Mb/s, 100 ms, 1 BDP of buffer: NewReno's slow start overshoots and, without SACK,
        // repairs one hole per round trip (DumbbellSimulatorTest); CUBIC leaves slow start first.
        for (boolean sack : List.of(false, true)) {
            DumbbellResult r = DumbbellSimulator.run(new DumbbellConfig(100e6, 25_000_000L,
                    DumbbellConfig.bdpPackets(100e6, 100_000_000L, MSS), 0, MSS, 20_000_000_000L, 1, 100_000_000L, sack,
                    List.of(new DumbbellConfig.Flow("cubic", 100_000_000L, 0))));
            assertThat(r.events().get(0).kind()).as("sack %s", sack).isIn(DumbbellResult.EventKind.HYSTART_ACK_TRAIN,
                    DumbbellResult.EventKind.HYSTART_DELAY);
            assertThat(r.flows().get(0).goodputBps()).as("sack %s", sack).isGreaterThan(0.85 * 100e6);
        }
    }
}
