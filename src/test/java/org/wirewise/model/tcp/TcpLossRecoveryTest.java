package org.wirewise.model.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewise.model.tcp.TcpPair.ms;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.packet.TcpFlags;

/** Retransmission (RFC 6298), fast retransmit (RFC 5681 §3.2) and flow control (RFC 9293 §3.8.6). */
class TcpLossRecoveryTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLostSynIsRetriedAfterOneTwoAndFourSeconds() {
        TcpPair pair = new TcpPair(ms(10));
        pair.drop.addAll(List.of(1, 2, 3));
        pair.open();
        pair.runFor(10 * SECOND);
        List<Long> synTimes = pair.from("a").stream().filter(s -> s.segment().flags() == TcpFlags.SYN)
                .map(TcpPair.Sent::at).toList();
        // RFC 6298 §2.1 and §5.5: initial RTO 1 s, doubled at each expiry.
        assertThat(synTimes).containsExactly(0L, SECOND, 3 * SECOND, 7 * SECOND);
        assertThat(pair.a.state()).isEqualTo(TcpState.ESTABLISHED);
        // Karn's rule (§3): the SYN was sent four times, so its ACK gives no RTT sample.
        assertThat(pair.a.rtoEstimator().hasSample()).isFalse();
        assertThat(pair.a.rtoEstimator().rto()).isEqualTo(8 * SECOND);
    }

    @Test
    void aConnectGivesUpAfterSixSynRetriesLikeLinux() {
        TcpPair pair = new TcpPair(ms(10));
        for (int i = 1; i <= 20; i++) {
            pair.drop.add(i);
        }
        pair.open();
        pair.sim.runUntil(127 * SECOND - 1);
        assertThat(pair.a.state()).isEqualTo(TcpState.SYN_SENT);
        assertThat(pair.from("a")).hasSize(7); // the SYN and 6 retries (tcp_syn_retries = 6)
        assertThat(pair.from("a").get(6).at()).isEqualTo(63 * SECOND);
        // 1 + 2 + 4 + 8 + 16 + 32 s of retries, then 64 s for the last: Linux's 127 s connect timeout.
        pair.sim.runUntil(127 * SECOND);
        assertThat(pair.a.state()).isEqualTo(TcpState.CLOSED);
        assertThat(pair.aEvents).filteredOn(e -> e.kind() == TcpEvent.Kind.GAVE_UP).hasSize(1);
    }

    @Test
    void threeDuplicateAcksTriggerAFastRetransmitBeforeTheTimerExpires() {
        TcpPair pair = new TcpPair(ms(20)).open();
        int firstData = pair.wire.size() + 1;
        pair.drop.add(firstData + 1); // the second of six data segments
        pair.a.send(new byte[6000]);
        pair.runFor(ms(200));
        List<TcpPair.Sent> dupAcks = pair.from("b").stream()
                .filter(s -> s.segment().payload().length == 0 && s.segment().acknowledgmentNumber() == 1001 + 1000)
                .toList();
        assertThat(dupAcks).hasSize(5); // one for segment 1, then a duplicate for each of segments 3–6
        long thirdDuplicateArrives = dupAcks.get(3).at() + ms(20);
        List<TcpPair.Sent> resent = pair.from("a").stream()
                .filter(s -> s.segment().sequenceNumber() == 2001 && s.segment().payload().length > 0).toList();
        assertThat(resent).hasSize(2);
        assertThat(resent.get(1).at()).isEqualTo(thirdDuplicateArrives); // RFC 5681 §3.2 step 2, long before the 1 s RTO
        assertThat(pair.aEvents).filteredOn(e -> e.kind() == TcpEvent.Kind.FAST_RETRANSMIT).hasSize(1);
        assertThat(pair.b.deliveredBytes()).isEqualTo(6000);
        // Segments 2–6 were outstanding: ssthresh = max(FlightSize / 2, 2·SMSS) = 2500, and the
        // full acknowledgment that ends recovery sets cwnd = ssthresh (RFC 6582 §3.2).
        assertThat(pair.a.congestionWindow()).isEqualTo(2500);
    }

    @Test
    void aLostSegmentWithNothingBehindItWaitsForTheRetransmissionTimer() {
        TcpPair pair = new TcpPair(ms(20)).open();
        pair.drop.add(pair.wire.size() + 1);
        pair.a.send(new byte[500]);
        long sentAt = pair.sim.now();
        pair.runFor(3 * SECOND);
        List<TcpPair.Sent> copies = pair.from("a").stream().filter(s -> s.segment().payload().length > 0).toList();
        assertThat(copies).hasSize(2);
        // One RTT sample of 40 ms from the handshake: RTO = max(1 s, 40 + 4·20 ms) = 1 s.
        assertThat(copies.get(1).at() - sentAt).isEqualTo(SECOND);
        assertThat(pair.aEvents).anyMatch(e -> e.kind() == TcpEvent.Kind.TIMEOUT && e.value() == 2 * SECOND);
        assertThat(pair.b.deliveredBytes()).isEqualTo(500);
    }

    @Test
    void aSlowReaderClosesTheWindowAndTheSenderProbesUntilItReopens() {
        TcpConfig small = new TcpConfig(1000, false, 0, true, true, 4000);
        TcpPair pair = new TcpPair(ms(10), TcpPair.CONFIG, small, TcpTuning.DEFAULTS,
                TcpTuning.DEFAULTS.withAutoRead(false)).open();
        pair.a.send(new byte[10_000]);
        pair.runFor(ms(100));
        assertThat(pair.b.readableBytes()).isEqualTo(4000);
        assertThat(pair.a.sndWnd()).isZero();
        assertThat(pair.from("b")).anyMatch(s -> s.segment().window() == 0 && s.segment().has(TcpFlags.ACK));
        pair.runFor(3 * SECOND);
        assertThat(pair.aEvents).filteredOn(e -> e.kind() == TcpEvent.Kind.ZERO_WINDOW_PROBE).hasSizeGreaterThan(0);
        pair.b.read(4000); // the application catches up
        assertThat(pair.bEvents).anyMatch(e -> e.kind() == TcpEvent.Kind.WINDOW_UPDATE);
        pair.runFor(ms(50));
        assertThat(pair.b.readableBytes() + pair.b.deliveredBytes()).isEqualTo(8000);
        assertThat(pair.a.sndWnd()).isZero();
    }

    @Test
    void outOfOrderDataWaitsInTheReceiveBufferUntilTheHoleIsFilled() {
        TcpPair pair = new TcpPair(ms(20)).open();
        pair.drop.add(pair.wire.size() + 1); // the first data segment
        pair.a.send(new byte[3000]);
        pair.runFor(ms(25));
        assertThat(pair.b.deliveredBytes()).isZero();
        assertThat(pair.b.outOfOrderBytes()).isEqualTo(2000);
        assertThat(pair.b.outOfOrderRanges()).satisfiesExactly(r -> assertThat(r).containsExactly(1000, 2000),
                r -> assertThat(r).containsExactly(2000, 3000));
        pair.runFor(2 * SECOND);
        assertThat(pair.b.deliveredBytes()).isEqualTo(3000);
        assertThat(pair.b.outOfOrderBytes()).isZero();
    }
}
