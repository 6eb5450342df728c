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

    /** "1.5". */
    public static String factor(double f) {
        return String.format(Locale.ROOT, "%.1f", f);
    }

    /** A power of ten of nanoseconds as an axis label: "10 ns", "1 µs", "100 ms", "10 s". */
    public static String decade(int power) {
        String[] units = {"ns", "µs", "ms", "s"};
        int unit = Math.min(power / 3, units.length - 1);
        return String.format(Locale.ROOT, "%.0f %s", Math.pow(10, power - 3 * unit), units[unit]);
    }
}
