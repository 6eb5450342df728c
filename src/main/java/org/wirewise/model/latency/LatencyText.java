package org.wirewise.model.latency;

import java.util.Locale;

/** How the latency lessons and {@code wirewise latency} write numbers, so all print them alike. */
public final class LatencyText {

    private LatencyText() {
    }

    /** "5,570 km". */
    public static String km(double km) {
        return String.format(Locale.ROOT, "%,.0f km", km);
    }

    /** Milliseconds with a decimal below 100 ms ("54.6 ms"), whole above ("246 ms"). */
    public static String ms(double ms) {
        return ms < 100 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%,.0f ms", ms);
    }

    /** A count that may be a half: "3", "1.5". */
    public static String count(double n) {
        return n == Math.rint(n) ? String.format(Locale.ROOT, "%.0f", n) : String.format(Locale.ROOT, "%.1f", n);
    }

    /** "1.5". */
    public static String factor(double f) {
        return String.format(Locale.ROOT, "%.1f", f);
    }

    /** "40.71° N, 74.01° W". */
    public static String place(City c) {
        return String.format(Locale.ROOT, "%.2f° %s, %.2f° %s", Math.abs(c.latitude()), c.latitude() >= 0 ? "N" : "S",
                Math.abs(c.longitude()), c.longitude() >= 0 ? "E" : "W");
    }

    /** A power of ten of nanoseconds as an axis label: "10 ns", "1 µs", "100 ms", "10 s". */
    public static String decade(int power) {
        String[] units = {"ns", "µs", "ms", "s"};
        int unit = Math.min(power / 3, units.length - 1);
        return String.format(Locale.ROOT, "%.0f %s", Math.pow(10, power - 3 * unit), units[unit]);
    }

    /** Any duration in nanoseconds in its natural unit: "100 ns", "2.0 µs", "150 ms", "1.2 s". */
    public static String duration(double nanos) {
        if (nanos < 1_000) {
            return String.format(Locale.ROOT, "%.0f ns", nanos);
        }
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, nanos < 10_000 ? "%.1f µs" : "%.0f µs", nanos / 1_000);
        }
        if (nanos < 1_000_000_000) {
            return ms(nanos / 1_000_000);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1_000_000_000);
    }
}
