package org.wirewise.model.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.congestion.DumbbellResult.Event;
import org.wirewise.model.congestion.DumbbellResult.EventKind;

/**
 * NewReno's partial ACKs pinned to RFC 6582 §3.2, with three chosen segments of one window lost and
 * no SACK. One flow, 10 Mb/s, 100 ms, a buffer that never overflows: slow start sends segments
 * 1-10, 11-30, then 31-70 in the third round trip, of which 31, 33 and 35 are lost. The numbers in
 * the comments are worked out by hand from the RFC, in segments of 1460 bytes.
 */
class Rfc6582Test {

    private static final int MSS = 1460;

    private static DumbbellResult run(String algo) {
        long rtt = 100_000_000L;
        return DumbbellSimulator.run(new DumbbellConfig(10e6, rtt / 4, 10_000, 0, MSS, 3_000_000_000L, 1, 10_000_000,
                false, List.of(new DumbbellConfig.Flow(algo, rtt, 0, List.of(31L, 33L, 35L)))));
    }

    private static List<Event> recovery(DumbbellResult r) {
        return r.events().stream().filter(e -> e.kind() != EventKind.PHASE_CHANGE
                || e.phase() == Phase.CONGESTION_AVOIDANCE).toList();
    }

    @Test
    void newRenoRepairsEachHoleOnAPartialAckAndLeavesRecoveryOnTheFullAck() {
        List<Event> ev = recovery(run("newreno"));
        // Third duplicate ACK (from segment 36): FlightSize = 70 − 30 = 40 segments.
        Event fr = ev.get(0);
        assertThat(fr.kind()).isEqualTo(EventKind.FAST_RETRANSMIT);
        assertThat(fr.flight()).isEqualTo(40L * MSS);
        assertThat(fr.ssthresh()).isEqualTo(Math.max(fr.flight() / 2, 2L * MSS)).isEqualTo(20L * MSS); // step 2, RFC 5681 eq. 4
        assertThat(fr.cwnd()).isEqualTo(fr.ssthresh() + 3L * MSS);      // RFC 5681 §3.2 step 3: 23
        assertThat(fr.recover()).isEqualTo(70);                           // recover = highest sent
        assertThat(fr.segment()).isEqualTo(31);                           // the lost segment resent

        // 34 more duplicate ACKs (37..70) inflate cwnd to 57 (RFC 5681 §3.2 step 4). The resent 31
        // arrives: the ACK covers 31 and 32, a partial ACK. Deflate by 2, add back 1: 56; resend 33.
        Event p1 = ev.get(1);
        assertThat(p1.kind()).isEqualTo(EventKind.PARTIAL_ACK);
        assertThat(p1.ackedBytes()).isEqualTo(2L * MSS);
        assertThat(p1.segment()).isEqualTo(33);
        assertThat(p1.cwnd()).isEqualTo(56L * MSS);
        assertThat(p1.ssthresh()).isEqualTo(20L * MSS);
        assertThat(p1.timerRestarted()).isTrue();                         // RFC 6298 §5.3

        // Segments 71-87, sent on the inflation, bring 17 more duplicate ACKs: 73. The resent 33
        // covers 33 and 34: deflate by 2, add back 1: 72; resend 35; the timer restarts again (RFC 6582
        // §4's "Slow-but-Steady" variant, which is RFC 6298 §5.3 and what Linux does).
        Event p2 = ev.get(2);
        assertThat(p2.kind()).isEqualTo(EventKind.PARTIAL_ACK);
        assertThat(p2.segment()).isEqualTo(35);
        assertThat(p2.cwnd()).isEqualTo(72L * MSS);
        assertThat(p2.timerRestarted()).isTrue();
        assertThat(p2.time() - p1.time()).isGreaterThan(100_000_000L);  // one hole per round trip

        // The resent 35 acknowledges everything up to recover and beyond: a full ACK (step 3) ends
        // recovery with cwnd = ssthresh (the second of step 3's two options, which this simulator takes).
        Event full = ev.get(3);
        assertThat(full.kind()).isEqualTo(EventKind.PHASE_CHANGE);
        assertThat(full.phase()).isEqualTo(Phase.CONGESTION_AVOIDANCE);
        assertThat(full.cwnd()).isEqualTo(20L * MSS);
        assertThat(ev.stream().filter(e -> e.kind() == EventKind.RTO)).isEmpty();
    }

    @Test
    void renoLeavesRecoveryAtTheFirstPartialAckAndHalvesAgain() {
        List<Event> ev = recovery(run("reno"));
        assertThat(ev.get(0).kind()).isEqualTo(EventKind.FAST_RETRANSMIT);
        assertThat(ev.get(0).cwnd()).isEqualTo(23L * MSS);
        // RFC 5681 §3.2 step 6: the first ACK of new data (the partial ACK for 31-32) ends fast
        // recovery with cwnd = ssthresh, 55 segments still outstanding.
        Event exit = ev.get(1);
        assertThat(exit.phase()).isEqualTo(Phase.CONGESTION_AVOIDANCE);
        assertThat(exit.cwnd()).isEqualTo(20L * MSS);
        assertThat(exit.flight()).isEqualTo(55L * MSS);
        // Three duplicate ACKs later segment 33 needs a second fast retransmit, halving again.
        Event second = ev.get(2);
        assertThat(second.kind()).isEqualTo(EventKind.FAST_RETRANSMIT);
        assertThat(second.segment()).isEqualTo(33);
        assertThat(second.ssthresh()).isEqualTo(55L * MSS / 2);
        // Segment 35 then has too few duplicate ACKs behind it and waits for the timer.
        assertThat(ev).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.RTO);
            assertThat(e.segment()).isEqualTo(35);
        });
    }

    @Test
    void droppedSegmentsAreLostOnlyOnTheirFirstTransmission() {
        DumbbellResult r = run("newreno");
        assertThat(r.flows().get(0).retransmissions()).isEqualTo(3);
    }
}
