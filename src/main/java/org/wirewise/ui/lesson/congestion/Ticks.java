package org.wirewise.ui.lesson.congestion;

import java.util.Locale;

/** Round axis ticks (1, 2 or 5 × 10^k apart) for any visible range, and labels with just enough decimals. */
final class Ticks {

    private Ticks() {
    }

    /** The distance between ticks so that about {@code count} ticks cover {@code width}. */
    static double step(double width, int count) {
        double raw = width / Math.max(1, count);
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
    }

    /** A tick label with as many decimals as the step needs. */
    static String label(double value, double step) {
        return String.format(Locale.ROOT, "%." + decimals(step) + "f", Math.abs(value) < step * 1e-6 ? 0.0 : value);
    }

    /** The decimals a label needs to tell ticks {@code step} apart. */
    static int decimals(double step) {
        return (int) Math.max(0, Math.min(9, Math.ceil(-Math.log10(step) - 1e-9)));
    }
}
