package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Round numbers for a time axis: a "nice" maximum and tick spacing in nanoseconds. */
final class TimeAxis {

    private static final double[] NICE_MAX = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};
    private static final double[] NICE_STEP = {1, 2, 2.5, 5, 10};

    private TimeAxis() {
    }

    /** The smallest nice value ≥ {@code nanos} (at least 1 µs). */
    static long niceMax(long nanos) {
        double v = Math.max(1_000, nanos);
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : NICE_MAX) {
            if (m * magnitude >= v - 1e-6) {
                return Math.round(m * magnitude);
            }
        }
        return Math.round(10 * magnitude);
    }

    /** Tick times from 0 to {@code max}, about {@code wanted} of them. */
    static List<Long> ticks(long max, int wanted) {
        double step = step(max, wanted);
        List<Long> ticks = new ArrayList<>();
        for (double t = 0; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.round(t));
        }
        return ticks;
    }

    /** The round spacing (1, 2, 2.5 or 5 times a power of ten, in ns) that cuts {@code max} into about {@code wanted}. */
    static double step(long max, int wanted) {
        double raw = max / (double) Math.max(1, wanted);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double s : NICE_STEP) {
            if (s * magnitude >= raw) {
                return s * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** "0", "40 ms", "2.5 ms", "120 µs", "90 s". */
    static String label(long nanos) {
        if (nanos == 0) {
            return "0";
        }
        if (nanos < 1_000_000) {
            return trim(nanos / 1e3) + " µs";
        }
        if (nanos < 10_000_000_000L) {
            return trim(nanos / 1e6) + " ms";
        }
        return trim(nanos / 1e9) + " s";
    }

    /**
     * {@code nanos} written with as many decimals as ticks {@code step} apart need to read
     * differently: "20.6401 s", never "20.64 s" five times down the axis.
     */
    static String label(long nanos, long step) {
        if (nanos == 0) {
            return "0";
        }
        double unit = nanos < 1_000_000 ? 1e3 : nanos < 10_000_000_000L ? 1e6 : 1e9;
        String suffix = unit == 1e3 ? " µs" : unit == 1e6 ? " ms" : " s";
        int decimals = (int) Math.max(2, Math.ceil(-Math.log10(Math.max(1, step) / unit) - 1e-9));
        return trim(nanos / unit, Math.min(decimals, 9)) + suffix;
    }

    private static String trim(double v) {
        return trim(v, 2);
    }

    private static String trim(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
