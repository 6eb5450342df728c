package org.wirewise.model.journey.region;

import java.util.Locale;
import org.wirewise.model.latency.LatencyText;
import org.wirewise.model.sim.SimTime;

/** How the lesson writes its numbers: milliseconds as the latency lessons write them, seconds to a tenth. */
final class RegionText {

    private RegionText() {
    }

    /** "54.6 ms", "246 ms". */
    static String ms(long nanos) {
        return LatencyText.ms(SimTime.toMillis(nanos));
    }

    /** "24.0 s". */
    static String s(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / (double) SimTime.SECOND);
    }

    /** "t = 73.2 s": a moment of the run. */
    static String at(long nanos) {
        return "t = " + s(nanos);
    }
}
