package org.wirewise.ui.lesson.congestion;

import java.util.Arrays;
import org.wirewise.model.congestion.FlowSequence;

/**
 * A flow's segments and ACKs summarised in blocks of {@link #SIZE}, so that a pixel column holding
 * thousands of them (a whole fast run in view) is filled from a few blocks: per block of sends the
 * lowest and highest byte first sent and sent again, per block of ACKs the range of ACK + cwnd.
 * Built once per flow; {@link SequenceColumns} gives the same columns with or without it.
 */
final class SequenceBlocks {

    static final int SIZE = 64;

    final long[] dataLow;
    final long[] dataHigh;
    final long[] resentLow;
    final long[] resentHigh;
    final long[] windowLow;
    final long[] windowHigh;

    private SequenceBlocks(int sendBlocks, int ackBlocks) {
        dataLow = filled(sendBlocks, Long.MAX_VALUE);
        dataHigh = filled(sendBlocks, Long.MIN_VALUE);
        resentLow = filled(sendBlocks, Long.MAX_VALUE);
        resentHigh = filled(sendBlocks, Long.MIN_VALUE);
        windowLow = filled(ackBlocks, Long.MAX_VALUE);
        windowHigh = filled(ackBlocks, Long.MIN_VALUE);
    }

    private static long[] filled(int n, long value) {
        long[] a = new long[n];
        Arrays.fill(a, value);
        return a;
    }

    /** The whole blocks of a flow (a last, partial block is left to be read segment by segment). */
    static SequenceBlocks of(FlowSequence g) {
        SequenceBlocks b = new SequenceBlocks(g.sendCount() / SIZE, g.ackCount() / SIZE);
        for (int i = 0; i < b.dataLow.length * SIZE; i++) {
            int k = i / SIZE;
            if (g.retransmission(i)) {
                b.resentLow[k] = Math.min(b.resentLow[k], g.sendStart(i));
                b.resentHigh[k] = Math.max(b.resentHigh[k], g.sendEnd(i));
            } else {
                b.dataLow[k] = Math.min(b.dataLow[k], g.sendStart(i));
                b.dataHigh[k] = Math.max(b.dataHigh[k], g.sendEnd(i));
            }
        }
        for (int i = 0; i < b.windowLow.length * SIZE; i++) {
            int k = i / SIZE;
            b.windowLow[k] = Math.min(b.windowLow[k], g.windowEdge(i));
            b.windowHigh[k] = Math.max(b.windowHigh[k], g.windowEdge(i));
        }
        return b;
    }
}
