package org.wirewise.model.tls;

import java.util.Locale;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.text.Units;

/**
 * The TLS lessons' numbers in one language, built on {@link Units}: the English forms are those the
 * lessons printed before they were translated ("81.2 ms (2.0 RTT)"), so English traces did not change.
 */
final class TlsUnits {

    private final Units units;

    TlsUnits(Locale language) {
        this.units = new Units(language);
    }

    /** A measured span in milliseconds with one decimal: "81.2 ms", "81,2 ms". */
    String ms(long nanos) {
        return units.fixed(SimTime.toMillis(nanos), 1) + " ms";
    }

    /** A span and its length in round trips of {@code rtt}: "81.2 ms (2.0 RTT)"; the milliseconds alone without a round trip. */
    String span(long nanos, long rtt) {
        return rtt <= 0 ? ms(nanos) : ms(nanos) + " (" + units.fixed((double) nanos / rtt, 1) + " RTT)";
    }

    /** A parameter as Java writes a decimal without trailing zeros: "1", "2.5", "2,5". */
    String plain(double value) {
        String text = new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return units.language().getLanguage().equals("en") ? text
                : text.replace('.', java.text.DecimalFormatSymbols.getInstance(units.language()).getDecimalSeparator());
    }
}
