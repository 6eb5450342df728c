package org.wirewise.model.journey.region;

import java.util.Objects;

/**
 * Parameters of the multi-region lesson.
 *
 * @param ttlSeconds          the TTL GeoDNS puts on its answers: how long a resolver may keep one
 * @param checkIntervalSeconds how often the DNS service's health checker probes each region
 * @param failureThreshold    consecutive failed checks before a region counts as unhealthy
 * @param failingRegion       the region that goes dark part-way through
 * @param seed                seeds when each user first visits, query IDs, ports and sequence numbers
 */
public record RegionScenario(long ttlSeconds, long checkIntervalSeconds, long failureThreshold, Region failingRegion,
                             long seed) {

    /** Route 53's defaults are a 30 s interval (10 s "fast") and a threshold of 3; 60 s is a common TTL. */
    public static final RegionScenario DEFAULTS = new RegionScenario(60, 10, 3, Region.EU_WEST, 1);

    public RegionScenario {
        Objects.requireNonNull(failingRegion, "failingRegion");
        if (ttlSeconds < 1 || ttlSeconds > 600) {
            throw new IllegalArgumentException("ttlSeconds: expected 1 to 600 s, got " + ttlSeconds);
        }
        if (checkIntervalSeconds < 5 || checkIntervalSeconds > 60) {
            throw new IllegalArgumentException("checkIntervalSeconds: expected 5 to 60 s, got " + checkIntervalSeconds);
        }
        if (failureThreshold < 1 || failureThreshold > 10) {
            throw new IllegalArgumentException("failureThreshold: expected 1 to 10, got " + failureThreshold);
        }
    }
}
