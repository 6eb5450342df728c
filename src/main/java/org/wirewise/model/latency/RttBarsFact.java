package org.wirewise.model.latency;

import java.util.List;
import org.wirewise.model.trace.Fact;

/**
 * Times drawn as bars on one scale, so a step can set its number beside the others (the minimum
 * round trip, the typical one, an HTTPS request, a satellite hop).
 *
 * @param bars in the order drawn, the step's own last
 */
public record RttBarsFact(List<Bar> bars) implements Fact {

    public RttBarsFact {
        bars = List.copyOf(bars);
    }

    /** One bar: its label, its length in milliseconds and what kind of time it is (a style). */
    public record Bar(String label, double ms, Kind kind) {
    }

    /** Physical floor, a typical path, a whole request, the satellite: each drawn in its own colour. */
    public enum Kind {
        MINIMUM, TYPICAL, REQUEST, SATELLITE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The longest bar, which sets the scale. */
    public double longestMs() {
        return bars.stream().mapToDouble(Bar::ms).max().orElse(0);
    }
}
