package org.wirewise.model.tcp;

import java.util.Locale;
import org.wirewise.model.text.Units;

/**
 * The TCP chapter's numbers in one language, built on {@link Units}: the English forms are those
 * the lessons printed before they were translated ({@code SimTime.format}, {@link TcpRig#seconds}).
 */
final class TcpUnits {

    private final Units units;

    TcpUnits(Locale language) {
        this.units = new Units(language);
    }

    Units units() {
        return units;
    }

    /** A simulated time as {@code SimTime.format} writes it: "40.000 ms", "12.000 s". */
    String time(long nanos) {
        return units.time(nanos);
    }

    /** Seconds with three decimals, as timers are given: "1.000 s". */
    String seconds(long nanos) {
        return units.fixed(nanos / 1e9, 3) + " s";
    }

    /** A number with {@code decimals} digits, not grouped: "1.50", "1,50". */
    String fixed(double value, int decimals) {
        return units.fixed(value, decimals);
    }

    /** A parameter as typed: "80" when whole, else one decimal ("0.5", "0,5"). */
    String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : units.fixed(v, 1);
    }

    /** A count of bytes grouped by thousands: "65,535" / "65.535". */
    String grouped(long value) {
        return units.grouped(value);
    }
}
