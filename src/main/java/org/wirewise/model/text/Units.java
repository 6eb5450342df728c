package org.wirewise.model.text;

import java.util.Locale;
import java.util.Objects;

/**
 * Numbers with their units as a language writes them: "1.250 ms" in English, "1,250 ms" in
 * Spanish. The English forms are exactly those the lessons printed before they were translated,
 * so English traces did not change; units are SI symbols, the same in every language.
 */
public final class Units {

    private static final long MICROSECOND = 1_000L;
    private static final long MILLISECOND = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private final Locale language;

    public Units(Locale language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    public Locale language() {
        return language;
    }

    /** "0 ms", "40.000 ms", "1.250 s", "12.0 µs": the unit a person would pick (as {@code SimTime.format}). */
    public String time(long nanos) {
        long abs = Math.abs(nanos);
        if (abs == 0) {
            return "0 ms";
        }
        if (abs < MILLISECOND) {
            return fixed(nanos / (double) MICROSECOND, 1) + " µs";
        }
        if (abs < 10 * SECOND) {
            return fixed(nanos / (double) MILLISECOND, 3) + " ms";
        }
        return fixed(nanos / (double) SECOND, 3) + " s";
    }

    /** A number with exactly {@code decimals} digits after the decimal mark, not grouped: "12.5", "12,5". */
    public String fixed(double value, int decimals) {
        return String.format(language, "%." + decimals + "f", value);
    }

    /**
     * A number with thousands grouped and {@code decimals} digits: "65,535" in English, "65.535" in
     * Spanish. Spanish writes four-digit numbers whole ("1417 ms", Real Academia Española,
     * Ortografía 2010 §4.1.1.2), where English groups them ("1,417 ms").
     */
    public String grouped(double value, int decimals) {
        String pattern = wholeUnderTenThousand(Math.abs(value)) ? "%." + decimals + "f" : "%,." + decimals + "f";
        return String.format(language, pattern, value);
    }

    /** A whole number with thousands grouped: "1,448" / "1448", "65,535" / "65.535". */
    public String grouped(long value) {
        return String.format(language, wholeUnderTenThousand(Math.abs((double) value)) ? "%d" : "%,d", value);
    }

    private boolean wholeUnderTenThousand(double magnitude) {
        return language.getLanguage().equals("es") && magnitude < 9999.5;
    }

    /** A share as a percentage with {@code decimals} digits: "12.5 %" / "12,5 %". */
    public String percent(double share, int decimals) {
        return fixed(share * 100, decimals) + " %";
    }
}
