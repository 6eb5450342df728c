package org.wirewise.ui.lesson.congestion;

import org.wirewise.model.congestion.Phase;

/**
 * One line of a chart: x ascending (seconds or rounds), y in the chart's unit, a palette slot,
 * loss marks (x of each loss) and the sender's phase over x (null for lines with no phases).
 * Keeps a per-block maximum of y so the visible range's maximum costs blocks, not samples.
 */
public final class ChartLine {

    private static final int BLOCK = 256;
    /** No level of detail is made smaller than this many points. */
    private static final int COARSEST = 2048;

    /** Phase runs: run k is {@code phase[k]} from {@code start[k]} to the next run's start. */
    public record PhaseRuns(double[] start, Phase[] phase, int n) {

        Phase at(double x) {
            if (n == 0 || x < start[0]) {
                return null;
            }
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (start[mid] <= x) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return phase[lo];
        }
    }

    final String label;
    final double[] x;
    final double[] y;
    final int n;
    final int colour;
    final double[] marks;
    final PhaseRuns phases;
    /** Drawn as a dot per sample, not joined: samples that are separate measurements (a round trip each). */
    final boolean dots;
    private final double[] blockMax;
    /** Coarser copies (LTTB, each an eighth of the one before), so a zoomed-out frame costs pixels, not samples. */
    private final java.util.List<Level> levels = new java.util.ArrayList<>();

    /** One level of detail: its points and how many. */
    record Level(double[] x, double[] y, int n) {
    }

    public ChartLine(String label, double[] x, double[] y, int n, int colour, double[] marks, PhaseRuns phases) {
        this(label, x, y, n, colour, marks, phases, false);
    }

    /** @param dots whether each sample is a dot rather than a point on a line */
    public ChartLine(String label, double[] x, double[] y, int n, int colour, double[] marks, PhaseRuns phases,
                     boolean dots) {
        this.dots = dots;
        this.label = label;
        this.x = x;
        this.y = y;
        this.n = n;
        this.colour = colour;
        this.marks = marks;
        this.phases = phases;
        blockMax = new double[(n + BLOCK - 1) / BLOCK];
        java.util.Arrays.fill(blockMax, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            blockMax[i / BLOCK] = Math.max(blockMax[i / BLOCK], y[i]);
        }
        Level level = new Level(x, y, n);
        levels.add(level);
        while (level.n() > 8 * COARSEST) {
            int m = level.n() / 8;
            double[] lx = new double[m];
            double[] ly = new double[m];
            level = new Level(lx, ly, Lttb.decimate(level.x(), level.y(), level.n(), m, lx, ly));
            levels.add(level);
        }
    }

    /** What the line is of, as its key says. */
    public String label() {
        return label;
    }

    /** Its palette slot. */
    public int colour() {
        return colour;
    }

    /** The coarsest level that still has {@code perWindow} points between lo and hi (the samples if none has). */
    Level levelFor(double lo, double hi, int perWindow) {
        for (int k = levels.size() - 1; k > 0; k--) {
            Level level = levels.get(k);
            if (indexAtOrAfter(level.x(), level.n(), hi) - indexAtOrAfter(level.x(), level.n(), lo) >= perWindow) {
                return level;
            }
        }
        return levels.get(0);
    }

    /** Index range [from, to) of a level covering [lo, hi] plus one point either side. */
    static int[] window(Level level, double lo, double hi) {
        int from = Math.max(0, indexAtOrAfter(level.x(), level.n(), lo) - 1);
        int to = Math.min(level.n(), indexAtOrAfter(level.x(), level.n(), hi) + 1);
        return new int[] {from, Math.max(from, to)};
    }

    private static int indexAtOrAfter(double[] xs, int count, double t) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index whose x is at least t (n if none). */
    int indexAtOrAfter(double t) {
        return indexAtOrAfter(x, n, t);
    }

    /** The sample nearest to t, or -1 for an empty line. */
    int nearest(double t) {
        if (n == 0) {
            return -1;
        }
        int i = indexAtOrAfter(t);
        if (i == n || i > 0 && t - x[i - 1] < x[i] - t) {
            return i - 1;
        }
        return i;
    }

    /** Index range [from, to) covering [lo, hi] plus one sample either side, so lines reach the edges. */
    int[] window(double lo, double hi) {
        return window(levels.get(0), lo, hi);
    }

    /** Largest y in [from, to). */
    double maxY(int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        int i = from;
        while (i < to) {
            if (i % BLOCK == 0 && i + BLOCK <= to) {
                max = Math.max(max, blockMax[i / BLOCK]);
                i += BLOCK;
            } else {
                max = Math.max(max, y[i++]);
            }
        }
        return max;
    }
}
