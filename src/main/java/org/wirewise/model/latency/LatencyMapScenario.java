package org.wirewise.model.latency;

/**
 * Parameters of the latency map.
 *
 * @param from        the first city, a name from {@link CityTable}
 * @param to          the second city
 * @param routeFactor how much longer than the great-circle minimum a typical round trip is
 */
public record LatencyMapScenario(String from, String to, double routeFactor) {

    /** A worked example: New York to London, with a typical path 1.5 times the minimum. */
    public static final LatencyMapScenario DEFAULTS = new LatencyMapScenario("New York", "London", 1.5);
}
