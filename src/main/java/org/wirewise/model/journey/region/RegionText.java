package org.wirewise.model.journey.region;

import java.util.Locale;
import org.wirewise.model.latency.LatencyUnits;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.text.Units;

/**
 * How the lesson writes its numbers in one language: milliseconds as the latency lessons write them,
 * seconds to a tenth. The English forms are those the lesson printed before it was translated.
 */
final class RegionText {

    private final Units units;
    private final LatencyUnits latency;

    RegionText(Locale language) {
        this.units = new Units(language);
        this.latency = new LatencyUnits(language);
    }

    /** "54.6 ms", "246 ms". */
    String ms(long nanos) {
        return latency.ms(SimTime.toMillis(nanos));
    }

    /** "24.0 s". */
    String s(long nanos) {
        return units.fixed(nanos / (double) SimTime.SECOND, 1) + " s";
    }

    /** "t = 73.2 s": a moment of the run. */
    String at(long nanos) {
        return "t = " + s(nanos);
    }

    /** "5,570 km". */
    String km(double km) {
        return units.grouped(km, 0) + " km";
    }

    /** A whole number grouped as the language groups it: "204,190". */
    String grouped(double value) {
        return units.grouped(value, 0);
    }

    /** "1.5". */
    String factor(double f) {
        return units.fixed(f, 1);
    }
}
