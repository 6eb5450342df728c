package org.wirewise.model.trace;

import java.util.List;

/**
 * Samples over simulated time that belong to a trace (a congestion window, a buffer's occupancy,
 * ports in use): rows in time order, columns of numbers or labels. Views chart them, exporters
 * write them; implementations are immutable and keep primitive columns, so a million samples cost
 * no boxing.
 */
public interface TimeSeries {

    /** Stable name, unique in its trace ("buffers", "ports", "bbr"). */
    String id();

    String title();

    /** Column headings after the time, with their unit ("cwnd_bytes"). */
    List<Column> columns();

    int size();

    /** Simulated nanoseconds of a row; rows are in time order. */
    long time(int row);

    /** A numeric cell, or NaN where the row has no value (or the column holds labels). */
    double value(int row, int column);

    /** A cell as exports print it: a number in the column's precision, a label, or "" for none. */
    String text(int row, int column);

    /** One column: its heading (with the unit) and whether it holds numbers or labels. */
    record Column(String name, boolean numeric) {
        public static Column number(String name) {
            return new Column(name, true);
        }

        public static Column label(String name) {
            return new Column(name, false);
        }
    }

    /**
     * Whether two series hold the same samples (id, title, columns, times and every cell as
     * printed): what implementations' {@code equals} means, so equal runs give equal traces.
     */
    static boolean sameSamples(TimeSeries a, Object other) {
        if (a == other) {
            return true;
        }
        if (!(other instanceof TimeSeries b) || !a.id().equals(b.id()) || !a.title().equals(b.title())
                || !a.columns().equals(b.columns()) || a.size() != b.size()) {
            return false;
        }
        for (int r = 0; r < a.size(); r++) {
            if (a.time(r) != b.time(r)) {
                return false;
            }
            for (int c = 0; c < a.columns().size(); c++) {
                if (!a.text(r, c).equals(b.text(r, c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Index of the last row at or before {@code time}, or -1 when every row is later. */
    default int rowAt(long time) {
        int lo = 0;
        int hi = size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (time(mid) <= time) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
