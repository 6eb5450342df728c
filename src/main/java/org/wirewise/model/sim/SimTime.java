package org.wirewise.model.sim;

import java.util.Locale;

/** Simulated time is a long count of nanoseconds; these helpers convert and format it. */
public final class SimTime {

    public static final long MICROSECOND = 1_000L;
    public static final long MILLISECOND = 1_000_000L;
    public static final long SECOND = 1_000_000_000L;

    private SimTime() {
    }

    public static long millis(double ms) {
        return Math.round(ms * MILLISECOND);
    }

    public static long seconds(double s) {
        return Math.round(s * SECOND);
    }

    public static double toMillis(long nanos) {
        return nanos / (double) MILLISECOND;
    }

    /** Nanoseconds needed to serialise {@code bytes} onto a link of {@code bitsPerSecond}. */
    public static long serialization(long bytes, long bitsPerSecond) {
        if (bitsPerSecond <= 0) {
            throw new IllegalArgumentException("bandwidth must be positive: " + bitsPerSecond);
        }
        // Ceiling division: the last bit is not on the wire until the whole bit time has passed.
        if (bytes < 0 || bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("packet size out of range: " + bytes);
        }
        long bits = bytes * 8L;
        return (bits * SECOND + bitsPerSecond - 1) / bitsPerSecond;
    }

    /** "0 ms", "40.000 ms", "1.250 s", "12 µs" — the unit a person would pick. */
    public static String format(long nanos) {
        long abs = Math.abs(nanos);
        if (abs == 0) {
            return "0 ms";
        }
        if (abs < MILLISECOND) {
            return String.format(Locale.ROOT, "%.1f µs", nanos / (double) MICROSECOND);
        }
        if (abs < 10 * SECOND) {
            return String.format(Locale.ROOT, "%.3f ms", nanos / (double) MILLISECOND);
        }
        return String.format(Locale.ROOT, "%.3f s", nanos / (double) SECOND);
    }
}
