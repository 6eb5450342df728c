package org.wirewise.model.latency;

import java.util.Locale;
import org.wirewise.model.text.Units;

/**
 * The performance chapter's numbers in one language: the English forms are those the lessons printed
 * before translation ({@link Bdp}'s formatters, {@link LatencyText}'s), so English traces did not change.
 */
public final class LatencyUnits {

    private final Units units;

    public LatencyUnits(Locale language) {
        this.units = new Units(language);
    }

    Units units() {
        return units;
    }

    /** A duration as a person would say it: seconds from one second up ("1.050 s", not "1050.000 ms"). */
    String t(long nanos) {
        return Math.abs(nanos) >= 1_000_000_000L ? units.fixed(nanos / 1e9, 3) + " s" : units.time(nanos);
    }

    /** A link's rate as people name it: "1 Gb/s", "100 Mb/s", "2.500 Mb/s". */
    String rate(long bps) {
        return bps % 1_000_000_000L == 0 ? bps / 1_000_000_000L + " Gb/s"
                : bps % 1_000_000L == 0 ? bps / 1_000_000L + " Mb/s"
                : units.fixed(bps / 1e6, 3) + " Mb/s";
    }

    /** A measured rate: "5.2 Mb/s". */
    String mbps(double bps) {
        return units.fixed(bps / 1e6, 1) + " Mb/s";
    }

    /** Bytes: "12.50 MB", "65,535 bytes". */
    String bytes(double bytes, String bytesWord) {
        return bytes >= 1e6 ? units.fixed(bytes / 1e6, 2) + " MB" : units.grouped(bytes, 0) + " " + bytesWord;
    }

    /** "5,570 km" / "5.570 km". */
    String km(double km) {
        return units.grouped(km, 0) + " km";
    }

    /** A share as a whole percentage: "70 %". */
    String percent(double fraction) {
        return units.fixed(fraction * 100, 0) + " %";
    }

    /** Milliseconds with a decimal below 100 ms ("54.6 ms"), whole above ("246 ms"), as {@link LatencyText#ms}. */
    public String ms(double ms) {
        return ms < 100 ? units.fixed(ms, 1) + " ms" : units.grouped(ms, 0) + " ms";
    }

    /** A count that may be a half: "3", "1.5". */
    String count(double n) {
        return units.fixed(n, n == Math.rint(n) ? 0 : 1);
    }

    /** Any duration in nanoseconds in its natural unit: "100 ns", "2.0 µs", "150 ms", "1.20 s". */
    String duration(double nanos) {
        if (nanos < 1_000) {
            return units.fixed(nanos, 0) + " ns";
        }
        if (nanos < 1_000_000) {
            return units.fixed(nanos / 1_000, nanos < 10_000 ? 1 : 0) + " µs";
        }
        if (nanos < 1_000_000_000) {
            return ms(nanos / 1_000_000);
        }
        return units.fixed(nanos / 1_000_000_000, 2) + " s";
    }
}
