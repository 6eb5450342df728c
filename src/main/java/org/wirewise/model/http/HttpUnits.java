package org.wirewise.model.http;

import java.util.Locale;
import org.wirewise.model.text.Units;

/**
 * The HTTP chapter's numbers in one language: the English forms are those its narrations printed
 * before they were translated ("42 ms", "12.5 ms", "2 s"), so English traces did not change.
 */
public final class HttpUnits {

    private final Units units;

    public HttpUnits(Locale language) {
        this.units = new Units(language);
    }

    public Units units() {
        return units;
    }

    /** Milliseconds as the lessons print them: whole from 100 ms up or when whole, else one decimal. */
    public String ms(double millis) {
        return units.fixed(millis, millis >= 100 || millis == Math.rint(millis) ? 0 : 1) + " ms";
    }

    public String ms(long nanos) {
        return ms(nanos / 1e6);
    }

    /** Seconds: "5 s", "2.5 s". */
    public String seconds(double s) {
        return units.fixed(s, s == Math.rint(s) ? 0 : 1) + " s";
    }

    /** A whole number as it is ("40"), else with one decimal ("12.5", "12,5"); not grouped. */
    public String wholeOrOneDecimal(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : units.fixed(v, 1);
    }

    /**
     * A parameter as typed, in the fewest digits: "2", "2.5" ("2,5"). English keeps Java's own form of
     * the double, which the lessons printed before they were translated.
     */
    public String shortest(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        String plain = Double.toString(v);
        return units.language().getLanguage().equals("en") ? plain
                : plain.replace('.', java.text.DecimalFormatSymbols.getInstance(units.language()).getDecimalSeparator());
    }

    /** A number with one decimal, not grouped: "3.5", "3,5". */
    public String oneDecimal(double value) {
        return units.fixed(value, 1);
    }
}
