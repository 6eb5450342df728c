package org.wirewise.ui.lesson.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirewise.model.congestion.CongestionScenario;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.congestion.FlowSequence;

/**
 * What the congestion lab's tcptrace chart draws, as data: NewReno without SACK on 10 Mb/s and
 * 40 ms losing segments 31, 33 and 35, one RTT of recovery per hole.
 */
class SequenceColumnsTest {

    private static final long RUN = 5_000_000_000L;
    private static DumbbellResult result;
    private static FlowSequence flow;

    @BeforeAll
    static void run() {
        CongestionSimulator.CongestionRun run = CongestionSimulator.runOf(CongestionSimulator.simulate(
                new CongestionScenario("newreno", CongestionScenario.Compare.SEPARATE, 1, 10, 40, 1, 1, 0, RUN / 1e9,
                        false, 1, 0, "31,33,35", true)));
        result = run.results().get(0);
        flow = result.sequences().get(0);
    }

    @Test
    void theWholeRunEndsAtTheBytesAcknowledgedAndMarksEveryRetransmission() {
        SequenceColumns c = SequenceColumns.of(flow, 0, RUN, RUN, 800);
        assertThat(c.ackAfter[c.columns - 1]).isEqualTo(result.flows().get(0).goodputBytes());
        assertThat(c.segments).isEqualTo(flow.sendCount());
        int resent = 0;
        for (int i = 0; i < flow.sendCount(); i++) {
            if (flow.retransmission(i)) {
                resent++;
                int col = c.column(flow.sendTime(i));
                assertThat(c.hasResent(col)).isTrue();
                assertThat(c.resentLow[col]).isLessThanOrEqualTo(flow.sendStart(i));
                assertThat(c.resentHigh[col]).isGreaterThanOrEqualTo(flow.sendEnd(i));
            }
        }
        assertThat(resent).isEqualTo(result.flows().get(0).retransmissions()).isPositive();
        assertThat(c.lossTime).hasSize(flow.lossCount());
        assertThat(c.lossStart).startsWith(30L * flow.mss(), 32L * flow.mss(), 34L * flow.mss());
        assertThat(c.low).isZero();
        assertThat(c.high).isGreaterThanOrEqualTo(c.ackAfter[c.columns - 1]);
    }

    @Test
    void revealedUpToTheFastRetransmitNothingLaterIsDrawn() {
        DumbbellResult.Event fr = result.events().stream()
                .filter(e -> e.kind() == DumbbellResult.EventKind.FAST_RETRANSMIT).findFirst().orElseThrow();
        SequenceColumns c = SequenceColumns.of(flow, 0, RUN, fr.time(), 800);
        int now = c.column(fr.time());
        for (int i = now + 1; i < c.columns; i++) {
            assertThat(c.hasData(i) || c.hasResent(i) || c.ackAfter[i] >= 0 || c.windowLast[i] >= 0)
                    .as("column %d after the cursor", i).isFalse();
        }
        for (long t : c.lossTime) {
            assertThat(t).isLessThanOrEqualTo(fr.time());
        }
        // The resend of segment 31 leaves at the cursor's moment, and is drawn.
        assertThat(c.hasResent(now)).isTrue();
        assertThat(c.resentLow[now]).isEqualTo((fr.segment() - 1) * flow.mss());
        int acked = flow.firstAckFrom(fr.time() + 1) - 1;
        assertThat(c.ackAfter[now]).isEqualTo(flow.ackBytes(acked));
    }

    @Test
    void aZoomedWindowFitsItsOwnSequenceRange() {
        long from = RUN / 2;
        long to = from + 100_000_000;
        SequenceColumns c = SequenceColumns.of(flow, from, to, to, 400);
        long low = Long.MAX_VALUE;
        long high = 0;
        for (int i = flow.firstSendFrom(from); i < flow.firstSendFrom(to + 1); i++) {
            low = Math.min(low, flow.sendStart(i));
            high = Math.max(high, flow.sendEnd(i));
        }
        int before = flow.firstAckFrom(from) - 1;
        low = Math.min(low, flow.ackBytes(before));
        for (int i = before; i < flow.firstAckFrom(to + 1); i++) {
            high = Math.max(high, flow.windowEdge(i));
        }
        assertThat(c.low).isEqualTo(low).isPositive();
        assertThat(c.high).isEqualTo(high);
        assertThat(c.segments).isLessThan(flow.sendCount() / 10);
        assertThat(c.ackBefore[0]).as("the ACK line enters at its value before the window").isEqualTo(flow.ackBytes(before));
    }

    @Test
    void readingWholeBlocksGivesTheSameColumnsAsReadingEverySegment() {
        SequenceBlocks blocks = SequenceBlocks.of(flow);
        long[][] windows = {{0, RUN, RUN}, {0, RUN, RUN / 3}, {RUN / 4, RUN / 2, RUN}, {1_000_000_000L, 1_050_000_000L,
            1_020_000_000L}};
        for (long[] w : windows) {
            for (int columns : new int[] {7, 300, 1600}) {
                SequenceColumns each = SequenceColumns.of(flow, w[0], w[1], w[2], columns);
                SequenceColumns block = SequenceColumns.of(flow, blocks, w[0], w[1], w[2], columns);
                String where = java.util.Arrays.toString(w) + " in " + columns + " columns";
                assertThat(block.low).as(where).isEqualTo(each.low);
                assertThat(block.high).as(where).isEqualTo(each.high);
                assertThat(block.segments).as(where).isEqualTo(each.segments);
                for (long[][] pair : new long[][][] {{block.dataLow, each.dataLow}, {block.dataHigh, each.dataHigh},
                    {block.resentLow, each.resentLow}, {block.resentHigh, each.resentHigh},
                    {block.ackBefore, each.ackBefore}, {block.ackAfter, each.ackAfter},
                    {block.windowLow, each.windowLow}, {block.windowHigh, each.windowHigh},
                    {block.windowLast, each.windowLast}}) {
                    assertThat(pair[0]).as(where).containsExactly(pair[1]);
                }
            }
        }
    }
}
