package org.wirewise.ui.widget;

/**
 * Where a waterfall's rows go, as a pure function of how many there are and the room they have:
 * rows share the height evenly, no taller than 1.5 lines (two rows stay bars, not slabs) and no
 * thinner than {@link #MIN_ROW} pixels (a hundred rows compress to thin bars, still one per
 * request); below that the chart asks for more height and its parent scrolls. When rows are thinner
 * than a line of text, only every {@code stride}-th row is labelled so labels never overlap.
 *
 * @param top       the first row's top edge
 * @param rowHeight each row's height
 * @param stride    label every stride-th row (1: all)
 */
record WaterfallLayout(double top, double rowHeight, int stride) {

    /** The thinnest row drawn: still a visible bar and a target for the pointer. */
    static final double MIN_ROW = 3;
    static final double MAX_ROW_LINES = 1.5;

    static WaterfallLayout of(int rows, double top, double bottom, double line) {
        int n = Math.max(1, rows);
        double h = Math.max(MIN_ROW, Math.min(MAX_ROW_LINES * line, (bottom - top) / n));
        int stride = h >= line ? 1 : (int) Math.ceil(line / h);
        return new WaterfallLayout(top, h, stride);
    }

    /** The height the rows need at their thinnest: more than this and the chart's parent must scroll. */
    static double minimumRowsHeight(int rows) {
        return Math.max(1, rows) * MIN_ROW;
    }

    double rowTop(int row) {
        return top + row * rowHeight;
    }

    /** The row under vertical position {@code y}, or -1. */
    int rowAt(double y, int rows) {
        int row = (int) Math.floor((y - top) / rowHeight);
        return row >= 0 && row < rows ? row : -1;
    }

    boolean labelled(int row) {
        return row % stride == 0;
    }
}
