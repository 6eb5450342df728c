package org.wirewise.ui.lesson.congestion;

/**
 * Each flow's line has a dash pattern as well as a colour, so flows stay apart in grey print, on
 * a washed-out projector and for a colour-blind reader; the legend draws the same pattern.
 */
final class LineDashes {

    /** Patterns in multiples of the line's unit (about its width); the first line is solid. */
    private static final double[][] PATTERNS = {
            null, {6, 3}, {1, 2.5}, {6, 2.5, 1, 2.5}, {3, 3}, {6, 2.5, 1, 2.5, 1, 2.5}};

    private LineDashes() {
    }

    /** The dashes for the line of colour {@code index}, scaled to {@code unit}; null for solid. */
    static double[] of(int index, double unit) {
        double[] p = PATTERNS[index % PATTERNS.length];
        if (p == null) {
            return null;
        }
        double[] scaled = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            scaled[i] = p[i] * unit;
        }
        return scaled;
    }
}
