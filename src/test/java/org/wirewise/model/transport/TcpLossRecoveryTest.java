package org.wirewise.model.transport;

import org.wirewise.model.tcp.HandshakeRttNarration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewise.model.transport.TcpPair.ms;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.packet.TcpFlags;

/** Retransmission (RFC 6298), fast retransmit (RFC 5681 §3.2) and flow control (RFC 9293 §3.8.6). */
class TcpLossRecoveryTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLostSynIsRetriedAfterOneTwoAndFourSecondsAndTheEchoedTimestampGivesASample() {
        TcpPair pair = new TcpPair(ms(10));
        pair.drop.addAll(List.of(1, 2, 3));
        pair.open();
        pair.runFor(10 * SECOND);
        List<Long> synTimes = pair.from("a").stream().filter(s -> s.segment().flags() == TcpFlags.SYN)
                .map(TcpPair.Sent::at).toList();
        // RFC 6298 §2.1 and §5.5: initial RTO 1 s, doubled at each expiry.
        assertThat(synTimes).containsExactly(0L, SECOND, 3 * SECOND, 7 * SECOND);
        assertThat(pair.a.state()).isEqualTo(TcpState.ESTABLISHED);
        // RFC 7323 §4: the SYN-ACK echoes the fourth SYN's TSval, so the 20 ms round trip is a valid
        // sample despite Karn's rule, and the RTO is max(1 s, 20 + 4·10 ms) = 1 s, as in Linux.
        assertThat(pair.a.handshakeRtt()).isEqualTo(HandshakeRtt.TIMESTAMP_ECHO);
        assertThat(pair.a.rtoEstimator().srtt()).isEqualTo(ms(20));
        assertThat(pair.a.rtoEstimator().rto()).isEqualTo(SECOND);
        // More than one SYN retransmission: Linux starts the transfer with one segment (tcp_init_transfer).
        assertThat(pair.a.congestionWindow()).isEqualTo(1000);
    }

    @Test
    void withoutTimestampsKarnsRuleLeavesNoSampleAndTheRtoIsReinitialisedToThreeSeconds() {
        TcpConfig noTimestamps = new TcpConfig(1000, true, 7, true, false, 64000);
        TcpPair pair = new TcpPair(ms(10), noTimestamps, noTimestamps, TcpTuning.DEFAULTS, TcpTuning.DEFAULTS);
        pair.drop.add(1);
        pair.open();
        pair.runFor(2 * SECOND);
        assertThat(pair.a.state()).isEqualTo(TcpState.ESTABLISHED);
        // Karn's rule (RFC 6298 §3): the SYN went twice, so its ACK gives no sample; the backed-off
        // 2 s gives way to §5.7's 3 s as data begins (Linux's TCP_TIMEOUT_FALLBACK).
        assertThat(pair.a.rtoEstimator().hasSample()).isFalse();
        assertThat(pair.a.handshakeRtt()).isEqualTo(HandshakeRtt.FALLBACK);
        assertThat(pair.a.rtoEstimator().rto()).isEqualTo(3 * SECOND);
        // One SYN retransmission still allows Linux's ten-segment initial window.
        assertThat(pair.a.congestionWindow()).isEqualTo(10_000);
        assertThat(HandshakeRttNarration.of(pair.a)).contains("Karn's rule").contains("3.000 s")
                .contains("TCP_TIMEOUT_FALLBACK");
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
        TcpConfig small = new TcpConfig(1012, false, 0, true, true, 4000);
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

    /** Two of eight 1000-byte segments lost; the data segments each side put on the wire. */
    private static TcpPair twoHoles(TcpConfig config) {
        TcpPair pair = new TcpPair(ms(20), config, config, TcpTuning.DEFAULTS, TcpTuning.DEFAULTS).open();
        int firstData = pair.wire.size() + 1;
        pair.drop.addAll(List.of(firstData + 1, firstData + 3)); // bytes 1000–2000 and 3000–4000
        pair.a.send(new byte[8000]);
        pair.runFor(ms(300));
        return pair;
    }

    private static List<TcpPair.Sent> resent(TcpPair pair) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return pair.from("a").stream().filter(s -> s.segment().payload().length > 0)
                .filter(s -> !seen.add(s.segment().sequenceNumber())).toList();
    }

    @Test
    void duplicateAcksCarrySackBlocksMostRecentFirstAndTheSenderResendsOnlyTheHoles() {
        TcpPair pair = twoHoles(TcpPair.CONFIG);
        List<TcpPair.Sent> dupAcks = pair.from("b").stream()
                .filter(s -> s.segment().acknowledgmentNumber() == 1001 + 1000 && s.segment().payload().length == 0)
                .skip(1).toList();
        assertThat(dupAcks).isNotEmpty().allSatisfy(s -> assertThat(sack(s)).isNotEmpty());
        // After segment 5 (bytes 4000–5000) arrives the receiver holds 2000–3000 and 4000–5000; the
        // block with the newest arrival comes first (RFC 2018 §4).
        assertThat(dupAcks.get(1).segment().options()).anySatisfy(o -> assertThat(o).isEqualTo(
                new org.wirewise.model.packet.TcpOption.Sack(List.of(
                        new org.wirewise.model.packet.SackBlock(1001 + 4000, 1001 + 5000),
                        new org.wirewise.model.packet.SackBlock(1001 + 2000, 1001 + 3000)))));
        List<TcpPair.Sent> copies = resent(pair);
        assertThat(copies).extracting(c -> c.segment().sequenceNumber()).containsExactly(1001L + 1000, 1001L + 3000);
        // Both holes go within one round trip of the fast retransmit: the scoreboard names the second
        // one, where NewReno must wait for the partial ACK.
        assertThat(copies.get(1).at() - copies.get(0).at()).isLessThan(ms(40));
        assertThat(pair.b.deliveredBytes()).isEqualTo(8000);
    }

    @Test
    void withoutSackTheSecondHoleWaitsForThePartialAck() {
        TcpConfig noSack = new TcpConfig(1012, true, 7, false, true, 64000);
        TcpPair pair = twoHoles(noSack);
        assertThat(pair.from("b")).allSatisfy(s -> assertThat(sack(s)).isEmpty());
        List<TcpPair.Sent> copies = resent(pair);
        assertThat(copies).extracting(c -> c.segment().sequenceNumber()).containsExactly(1001L + 1000, 1001L + 3000);
        assertThat(copies.get(1).at() - copies.get(0).at()).isGreaterThanOrEqualTo(ms(40));
        assertThat(pair.b.deliveredBytes()).isEqualTo(8000);
    }

    private static List<org.wirewise.model.packet.TcpOption> sack(TcpPair.Sent s) {
        return s.segment().options().stream().filter(o -> o instanceof org.wirewise.model.packet.TcpOption.Sack)
                .toList();
    }
}
