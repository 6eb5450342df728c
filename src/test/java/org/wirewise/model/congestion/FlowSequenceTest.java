package org.wirewise.model.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A flow's tcptrace data against the run's own counters: what the graph draws is what the run did. */
class FlowSequenceTest {

    private static final int MSS = DumbbellConfig.LINUX_MSS;

    private static DumbbellResult run(String algo, boolean sack, boolean delayedAck, double loss, List<Long> drops) {
        long rtt = 40_000_000;
        double bps = 10e6;
        int buffer = DumbbellConfig.bdpPackets(bps, rtt, MSS);
        return DumbbellSimulator.run(new DumbbellConfig(bps, rtt / 4, buffer, loss, MSS, 8_000_000_000L, 3, 10_000_000,
                sack, List.of(new DumbbellConfig.Flow(algo, rtt, 0, drops)), CongestionSimulator.access(bps, buffer),
                delayedAck));
    }

    @ParameterizedTest
    @CsvSource({"reno, false, false", "newreno, false, true", "cubic, true, true", "bbr, true, true"})
    void theGraphAgreesWithTheRunsCounters(String algo, boolean sack, boolean delayedAck) {
        DumbbellResult r = run(algo, sack, delayedAck, 0.002, List.of(31L, 33L, 35L));
        DumbbellResult.FlowTotals totals = r.flows().get(0);
        FlowSequence g = r.sequences().get(0);
        assertThat(g.recordedUntil()).isEqualTo(-1);
        // Bytes acknowledged at the end are the ACK line's last value.
        assertThat(g.ackBytes(g.ackCount() - 1)).isEqualTo(totals.goodputBytes());
        assertThat(g.ackCount()).isEqualTo(totals.acks());
        assertThat((long) g.sendCount() * MSS).isEqualTo(totals.sentBytes());
        // Every retransmission the run counts is marked, and only those.
        int marked = 0;
        for (int i = 0; i < g.sendCount(); i++) {
            marked += g.retransmission(i) ? 1 : 0;
        }
        assertThat(totals.retransmissions()).isPositive();
        assertThat(marked).isEqualTo(g.retransmissionCount()).isEqualTo((int) totals.retransmissions());
        // Time order, an ACK line that never falls, and the window edge above it.
        for (int i = 1; i < g.sendCount(); i++) {
            assertThat(g.sendTime(i)).isGreaterThanOrEqualTo(g.sendTime(i - 1));
        }
        for (int i = 1; i < g.ackCount(); i++) {
            assertThat(g.ackTime(i)).isGreaterThanOrEqualTo(g.ackTime(i - 1));
            assertThat(g.ackBytes(i)).isGreaterThanOrEqualTo(g.ackBytes(i - 1));
            assertThat(g.windowEdge(i)).isGreaterThan(g.ackBytes(i));
        }
    }

    @Test
    void eachChosenDropIsALossAtItsFirstSendAndIsSentAgainLater() {
        DumbbellResult r = run("newreno", false, true, 0, List.of(31L, 33L, 35L));
        FlowSequence g = r.sequences().get(0);
        // The chosen drops come first (slow start's overflow of the buffer comes later).
        assertThat(g.lossCount()).isGreaterThanOrEqualTo(3);
        for (int k = 0; k < 3; k++) {
            long start = (30L + 2 * k) * MSS; // segment 31 is the 31st: bytes from 30 × MSS
            assertThat(g.lossStart(k)).isEqualTo(start);
            int first = firstSendOf(g, start, 0);
            assertThat(g.retransmission(first)).isFalse();
            assertThat(g.lossTime(k)).isEqualTo(g.sendTime(first));
            int again = firstSendOf(g, start, first + 1);
            assertThat(again).as("segment %d resent", 31 + 2 * k).isLessThan(g.sendCount());
            assertThat(g.retransmission(again)).isTrue();
        }
        // The run's fast retransmit is the first resend of segment 31, at the event's moment.
        DumbbellResult.Event fr = r.events().stream()
                .filter(e -> e.kind() == DumbbellResult.EventKind.FAST_RETRANSMIT).findFirst().orElseThrow();
        int resend = firstSendOf(g, (fr.segment() - 1) * MSS, firstSendOf(g, (fr.segment() - 1) * MSS, 0) + 1);
        assertThat(g.sendTime(resend)).isEqualTo(fr.time());
    }

    @Test
    void everyCopyTheBottleneckDropsIsALoss() {
        DumbbellResult r = run("cubic", true, true, 0.01, List.of());
        FlowSequence g = r.sequences().get(0);
        assertThat(g.lossCount()).isPositive();
        // Each lost copy leaves a hole the sender fills again: a later retransmission of the same bytes.
        for (int k = 0; k < g.lossCount(); k++) {
            int at = g.firstSendFrom(g.lossTime(k));
            int resent = firstSendOf(g, g.lossStart(k), at);
            if (g.lossTime(k) < 7_000_000_000L) {
                assertThat(resent).as("loss %d resent", k).isLessThan(g.sendCount());
                assertThat(g.retransmission(resent)).isTrue();
            }
        }
    }

    @Test
    void recordingStopsAtItsLimitAndSaysWhen() {
        FlowSequence g = new FlowSequence(MSS, 2);
        g.sent(10, 0, false);
        g.acked(15, 1, 10L * MSS);
        g.sent(20, 1, false);
        g.sent(30, 2, false);
        g.acked(35, 2, 10L * MSS);
        assertThat(g.sendCount()).isEqualTo(2);
        assertThat(g.ackCount()).isEqualTo(1);
        assertThat(g.recordedUntil()).isEqualTo(30);
        assertThat(g.firstSendFrom(15)).isEqualTo(1);
        assertThat(g.firstSendFrom(21)).isEqualTo(2);
    }

    private static int firstSendOf(FlowSequence g, long start, int from) {
        for (int i = from; i < g.sendCount(); i++) {
            if (g.sendStart(i) == start) {
                return i;
            }
        }
        return g.sendCount();
    }
}
