package org.wirewise.model.dns;

import java.util.Locale;
import org.wirewise.model.text.Units;

/**
 * The DNS attacks lesson's numbers in one language, built on {@link Units}: the English forms are those the
 * lesson printed before it was translated ("1.5e-04", "12.5 %", "1.2 kB", "3.4×"), so English traces did not change.
 */
final class AttacksUnits {

    private final Units units;
    private final boolean english;

    AttacksUnits(Locale language) {
        this.units = new Units(language);
        this.english = language.getLanguage().equals("en");
    }

    /** A share: "0 %", "1.5e-04" below a thousandth, else "12.5 %". */
    String percent(double share) {
        return share == 0 ? "0 %" : share < 0.001 ? String.format(units.language(), "%.1e", share)
                : units.percent(share, 1);
    }

    /** Bytes: "640 B", "1.2 kB". */
    String bytes(double b) {
        return b >= 1000 ? units.fixed(b / 1000, 1) + " kB" : units.fixed(b, 0) + " B";
    }

    /** A factor: "3.4×". */
    String times(double f) {
        return units.fixed(f, 1) + "×";
    }

    /** Whole milliseconds of {@code ns}, ungrouped as before: "1234". */
    String millis(long ns) {
        return units.fixed(ns / 1e6, 0);
    }

    /** A number with {@code decimals} digits: "2.87". */
    String fixed(double value, int decimals) {
        return units.fixed(value, decimals);
    }

    /** A count: ungrouped in English as it always was ("65536"), grouped from five digits in Spanish ("65.536"). */
    String count(long n) {
        return english ? Long.toString(n) : units.grouped(n);
    }
}
