package org.wirewise.model.congestion;

import java.util.Locale;
import org.wirewise.model.text.Units;

/**
 * The congestion lab's numbers in one language, built on {@link Units}: the English forms are those
 * the lesson printed before translation ("12.5", "0.25", "14.0"), so English traces did not change.
 */
public final class CongestionUnits {

    /** English forms, for messages about bad input (the command line's language). */
    static final CongestionUnits ENGLISH = new CongestionUnits(Locale.ENGLISH);

    private final Units units;

    public CongestionUnits(Locale language) {
        this.units = new Units(language);
    }

    /** A parameter as the lesson writes it: whole numbers without decimals ("30"), else two ("0.25"). */
    public String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : units.fixed(v, 2);
    }

    /** Bytes as segments of the lesson's MSS, one decimal: "14.0". */
    public String segments(long bytes) {
        return units.fixed(bytes / (double) DumbbellConfig.LINUX_MSS, 1);
    }

    /** A rate in Mb/s, without its unit: whole from 10 Mb/s up ("94"), else one decimal ("4.2"). */
    public String mbps(double bps) {
        return units.fixed(bps / 1e6, bps >= 10e6 ? 0 : 1);
    }

    /** A number with exactly {@code decimals} digits after the decimal mark. */
    public String fixed(double v, int decimals) {
        return units.fixed(v, decimals);
    }

    /** A share as a percentage with one decimal: "97.3 %". */
    public String percent(double share) {
        return units.percent(share, 1);
    }
}
