package org.wirewise.model.journey.region;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the DNS service believes about each region, from its health checker's probes: a region is
 * withdrawn after {@code threshold} failed checks in a row and served again after as many good ones
 * (Route 53's failure threshold works both ways).
 */
final class Health {

    private final int threshold;
    private final Map<Region, Integer> failures = new EnumMap<>(Region.class);
    private final Map<Region, Integer> successes = new EnumMap<>(Region.class);
    private final Map<Region, Boolean> serving = new EnumMap<>(Region.class);

    Health(int threshold) {
        this.threshold = threshold;
        for (Region r : Region.values()) {
            failures.put(r, 0);
            successes.put(r, 0);
            serving.put(r, true);
        }
    }

    /** Counts one probe's outcome; true when it changed whether the region is served. */
    boolean record(Region r, boolean ok) {
        failures.put(r, ok ? 0 : failures.get(r) + 1);
        successes.put(r, ok ? successes.get(r) + 1 : 0);
        boolean was = serving.get(r);
        if (was && failures.get(r) >= threshold) {
            serving.put(r, false);
        } else if (!was && successes.get(r) >= threshold) {
            serving.put(r, true);
        }
        return was != serving.get(r);
    }

    boolean serving(Region r) {
        return serving.get(r);
    }

    int failuresInARow(Region r) {
        return failures.get(r);
    }
}
