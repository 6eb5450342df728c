package org.wirewise.model.latency;

/**
 * Parameters of the bdp lesson: two downloads, each alone on an identical long fat path, one
 * limited to a 64 KiB window (no window scaling), one with scaling.
 *
 * @param linkMbps   the path's bandwidth
 * @param rttMs      its round-trip time
 * @param transferKB each download's size in kilobytes (1000 bytes)
 * @param seed       seeds sequence numbers and ports
 */
public record BdpScenario(double linkMbps, double rttMs, int transferKB, long seed) {

    public static final BdpScenario DEFAULTS = new BdpScenario(100, 100, 2000, 1);
}
