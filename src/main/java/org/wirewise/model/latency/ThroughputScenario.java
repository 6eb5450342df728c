package org.wirewise.model.latency;

/**
 * Parameters of the bandwidth-throughput lesson: one TCP download over one link.
 *
 * @param linkMbps   the link's capacity
 * @param rttMs      round-trip time (propagation both ways)
 * @param transferKB the download's size in kilobytes (1000 bytes)
 * @param lossPercent chance that any frame is lost, in per cent
 * @param seed       seeds sequence numbers, ports and which frames are lost
 */
public record ThroughputScenario(double linkMbps, double rttMs, int transferKB, double lossPercent, long seed) {

    public static final ThroughputScenario DEFAULTS = new ThroughputScenario(100, 50, 200, 0, 1);
}
