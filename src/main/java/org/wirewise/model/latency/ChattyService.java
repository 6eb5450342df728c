package org.wirewise.model.latency;

/**
 * A service that makes {@code calls} calls to one tier, each after the previous answer (drawn by
 * the latency numbers view as a fact).
 *
 * @param calls how many calls
 * @param tier  where they go
 */
public record ChattyService(long calls, LatencyTier tier) implements org.wirewise.model.trace.Fact {

    /** One after another: every call waits a round trip. */
    public double sequentialNanos() {
        return calls * tier.nanos();
    }

    /** All at once (or batched): one round trip, whatever the count. */
    public double parallelNanos() {
        return tier.nanos();
    }

    /** The same calls kept within an availability zone's reach. */
    public double nearbyNanos() {
        return calls * Math.min(tier.nanos(), LatencyTier.ANOTHER_AZ.nanos());
    }
}
