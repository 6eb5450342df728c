package org.wirewise.model.latency;

import java.util.Locale;

/**
 * The bandwidth-delay product: how many bytes are in flight on a path when it is full, and so the
 * window a sender needs to keep it full. One place for the arithmetic the bdp lesson and the
 * {@code wirewise bdp} command both print.
 */
public final class Bdp {

    /** The largest window TCP can advertise without window scaling: a 16-bit field (RFC 9293 §3.1). */
    public static final long UNSCALED_WINDOW = 65_535;

    private Bdp() {
    }

    /** Bytes in flight on a full path: bandwidth × round-trip time ÷ 8. */
    public static double bytes(double bitsPerSecond, long rttNanos) {
        return bitsPerSecond * (rttNanos / 1e9) / 8;
    }

    /** The most a window of {@code windowBytes} can carry per second on a path of this round trip: window ÷ RTT. */
    public static double windowLimitBps(long windowBytes, long rttNanos) {
        return windowBytes * 8 / (rttNanos / 1e9);
    }

    /** Bytes as the lesson and the command print them: "12.50 MB", "65,535 bytes". */
    public static String formatBytes(double bytes) {
        return bytes >= 1e6 ? String.format(Locale.ROOT, "%.2f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%,.0f bytes", bytes);
    }

    /** A link's rate as people name it: "1 Gb/s", "100 Mb/s", "2.500 Mb/s". */
    public static String formatLinkRate(long bps) {
        return bps % 1_000_000_000L == 0 ? bps / 1_000_000_000L + " Gb/s"
                : bps % 1_000_000L == 0 ? bps / 1_000_000L + " Mb/s"
                : String.format(Locale.ROOT, "%.3f Mb/s", bps / 1e6);
    }

    /** A rate as the lessons and the command print it: "5.2 Mb/s". */
    public static String formatRate(double bitsPerSecond) {
        return String.format(Locale.ROOT, "%.1f Mb/s", bitsPerSecond / 1e6);
    }

    /** The window scale shift (RFC 7323 §2.2) a receiver needs to advertise {@code bytes}: 0 to 14. */
    public static int shiftFor(double bytes) {
        int shift = 0;
        while (shift < 14 && (UNSCALED_WINDOW << shift) < bytes) {
            shift++;
        }
        return shift;
    }
}
