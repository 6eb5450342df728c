package org.wirewise.ui.lesson.congestion;

import java.util.Arrays;
import org.wirewise.model.congestion.FlowSequence;

/**
 * What the tcptrace chart draws of one flow in a time window, one entry per pixel column, so a
 * frame costs pixels, not segments: in each column the lowest and highest byte of the segments
 * first sent there and of those sent again, the ACK line's value before and after the column, the
 * ACK + cwnd line's range, and the drops. Plain data: tests read it, the chart turns it into lines.
 * Nothing after {@code until} is taken (reveal hides the future).
 */
final class SequenceColumns {

    final int columns;
    /** Segments first sent in the column: lowest first byte and highest end; NaN-free, min &gt; max when none. */
    final long[] dataLow;
    final long[] dataHigh;
    final long[] resentLow;
    final long[] resentHigh;
    /** The ACK line at the column's left edge and after its last ACK (-1 before the first ACK). */
    final long[] ackBefore;
    final long[] ackAfter;
    /** The ACK + cwnd line's range inside the column and its last value (-1 where no ACK has come yet). */
    final long[] windowLow;
    final long[] windowHigh;
    final long[] windowLast;
    /** Drops: their time (ns) and first byte, in time order. */
    final long[] lossTime;
    final long[] lossStart;
    /** Segments in the window: few enough, and the chart draws each as tcptrace's I-beam. */
    final int segments;
    /** The lowest and highest sequence number anything in the window reaches (the y range). */
    final long low;
    final long high;
    private final long from;
    private final long to;

    private SequenceColumns(int columns, long from, long to, int segments, long low, long high, long[][] arrays,
                            long[] lossTime, long[] lossStart) {
        this.columns = columns;
        this.from = from;
        this.to = to;
        this.segments = segments;
        this.low = low;
        this.high = high;
        dataLow = arrays[0];
        dataHigh = arrays[1];
        resentLow = arrays[2];
        resentHigh = arrays[3];
        ackBefore = arrays[4];
        ackAfter = arrays[5];
        windowLow = arrays[6];
        windowHigh = arrays[7];
        windowLast = arrays[8];
        this.lossTime = lossTime;
        this.lossStart = lossStart;
    }

    /** The column a moment falls in (clamped to the window). */
    int column(long time) {
        return column(time, from, to, columns);
    }

    private static int column(long time, long from, long to, int columns) {
        if (to <= from) {
            return 0;
        }
        return (int) Math.max(0, Math.min(columns - 1, (double) (time - from) * columns / (to - from)));
    }

    /**
     * The flow in [from, to] ns, drawn up to {@code until} ns, in {@code columns} pixel columns.
     */
    static SequenceColumns of(FlowSequence g, long from, long to, long until, int columns) {
        return of(g, null, from, to, until, columns);
    }

    /** The same, reading whole blocks where a block falls in one column ({@code blocks} may be null). */
    static SequenceColumns of(FlowSequence g, SequenceBlocks blocks, long from, long to, long until, int columns) {
        int n = Math.max(1, columns);
        long[][] a = new long[9][n];
        Arrays.fill(a[0], Long.MAX_VALUE);
        Arrays.fill(a[2], Long.MAX_VALUE);
        Arrays.fill(a[1], Long.MIN_VALUE);
        Arrays.fill(a[3], Long.MIN_VALUE);
        Arrays.fill(a[6], Long.MAX_VALUE);
        Arrays.fill(a[7], Long.MIN_VALUE);
        long end = Math.min(to, until);
        long[] range = {Long.MAX_VALUE, Long.MIN_VALUE};
        int first = g.firstSendFrom(from);
        int last = end < from ? first : g.firstSendFrom(end + 1);
        for (int i = first; i < last; ) {
            int c = column(g.sendTime(i), from, to, n);
            int b = i / SequenceBlocks.SIZE;
            if (blocks != null && i % SequenceBlocks.SIZE == 0 && b < blocks.dataLow.length
                    && i + SequenceBlocks.SIZE <= last && column(g.sendTime(i + SequenceBlocks.SIZE - 1), from, to, n) == c) {
                merge(a, 0, c, blocks.dataLow[b], blocks.dataHigh[b], range);
                merge(a, 2, c, blocks.resentLow[b], blocks.resentHigh[b], range);
                i += SequenceBlocks.SIZE;
                continue;
            }
            merge(a, g.retransmission(i) ? 2 : 0, c, g.sendStart(i), g.sendEnd(i), range);
            i++;
        }
        acks(g, blocks, a, from, to, end, range);
        int lossFirst = g.firstLossFrom(from);
        int lossLast = end < from ? lossFirst : g.firstLossFrom(end + 1);
        long[] lt = new long[lossLast - lossFirst];
        long[] ls = new long[lt.length];
        for (int i = lossFirst; i < lossLast; i++) {
            lt[i - lossFirst] = g.lossTime(i);
            ls[i - lossFirst] = g.lossStart(i);
            widen(range, g.lossStart(i), g.lossStart(i) + g.mss());
        }
        if (range[0] > range[1]) {
            range[0] = 0;
            range[1] = g.mss();
        }
        return new SequenceColumns(n, from, to, last - first, range[0], range[1], a, lt, ls);
    }

    /** The ACK line and ACK + cwnd per column, from the last ACK before the window on. */
    /** Widens column c's range in arrays k (low) and k + 1 (high), and the y range, by [lo, hi) unless it is empty. */
    private static void merge(long[][] a, int k, int c, long lo, long hi, long[] range) {
        if (lo <= hi) {
            a[k][c] = Math.min(a[k][c], lo);
            a[k + 1][c] = Math.max(a[k + 1][c], hi);
            widen(range, lo, hi);
        }
    }

    private static void acks(FlowSequence g, SequenceBlocks blocks, long[][] a, long from, long to, long end,
                             long[] range) {
        int n = a[4].length;
        int first = g.firstAckFrom(from);
        int last = end < from ? first : g.firstAckFrom(end + 1);
        long ack = first > 0 ? g.ackBytes(first - 1) : -1;
        long window = first > 0 ? g.windowEdge(first - 1) : -1;
        if (ack >= 0) {
            widen(range, ack, window);
        }
        int lastColumn = end < from ? -1 : column(end, from, to, n);
        int i = first;
        for (int c = 0; c < n; c++) {
            a[4][c] = c <= lastColumn ? ack : -1;
            if (c <= lastColumn && window >= 0) {
                a[6][c] = window;
                a[7][c] = window;
            }
            while (i < last && column(g.ackTime(i), from, to, n) == c) {
                int b = i / SequenceBlocks.SIZE;
                if (blocks != null && i % SequenceBlocks.SIZE == 0 && b < blocks.windowLow.length
                        && i + SequenceBlocks.SIZE <= last
                        && column(g.ackTime(i + SequenceBlocks.SIZE - 1), from, to, n) == c) {
                    // The ACK line never falls: its lowest value in the block is the first.
                    int lastOfBlock = i + SequenceBlocks.SIZE - 1;
                    ack = g.ackBytes(lastOfBlock);
                    window = g.windowEdge(lastOfBlock);
                    a[6][c] = Math.min(a[6][c], blocks.windowLow[b]);
                    a[7][c] = Math.max(a[7][c], blocks.windowHigh[b]);
                    widen(range, g.ackBytes(i), blocks.windowHigh[b]);
                    i += SequenceBlocks.SIZE;
                    continue;
                }
                ack = g.ackBytes(i);
                window = g.windowEdge(i);
                a[6][c] = Math.min(a[6][c], window);
                a[7][c] = Math.max(a[7][c], window);
                widen(range, ack, window);
                i++;
            }
            a[5][c] = c <= lastColumn ? ack : -1;
            a[8][c] = c <= lastColumn ? window : -1;
        }
    }

    private static void widen(long[] range, long lo, long hi) {
        range[0] = Math.min(range[0], lo);
        range[1] = Math.max(range[1], hi);
    }

    /** Whether the column holds segments first sent there. */
    boolean hasData(int c) {
        return dataLow[c] <= dataHigh[c];
    }

    /** Whether the column holds segments sent again there. */
    boolean hasResent(int c) {
        return resentLow[c] <= resentHigh[c];
    }

    /** Whether the ACK + cwnd line has a value in the column. */
    boolean hasWindow(int c) {
        return windowLow[c] <= windowHigh[c];
    }
}
