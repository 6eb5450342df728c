package org.wirewise.model.latency;

/**
 * Parameters of the latency numbers lesson.
 *
 * @param calls how many calls the chatty service makes one after another
 * @param tier  where those calls go: one of {@link LatencyTier#key()}
 */
public record LatencyNumbersScenario(long calls, String tier) {

    /** A worked example: 20 sequential cross-region calls. */
    public static final LatencyNumbersScenario DEFAULTS = new LatencyNumbersScenario(20, "another-region");
}
