package org.wirewise.model.congestion;

/**
 * Parameters of the congestion control lesson.
 *
 * @param algorithms    comma-separated algorithms ("reno,cubic,bbr")
 * @param compare       run each algorithm alone on the same path, or let their flows share it
 * @param flows         flows per algorithm
 * @param bandwidthMbps bottleneck rate
 * @param rttMs         round-trip propagation time of the first flow
 * @param rttRatio      the last flow's RTT as a multiple of the first's (RTT unfairness); between linearly
 * @param bufferBdp     drop-tail buffer as a multiple of the bandwidth-delay product
 * @param lossPercent   random loss per packet at the bottleneck, percent
 * @param durationS     simulated seconds
 * @param sack          receivers send SACK blocks
 * @param seed          seeds random loss and BBR's first ProbeBW phase
 * @param staggerS      seconds between successive flows' starts in each run (0: all start together)
 * @param drop          comma-separated segment numbers (from 1) of each run's first flow lost on their first
 *                      transmission, e.g. "31,33,35"; empty for none
 * @param delayedAck    receivers delay ACKs as Linux does (every second segment, quick-ACK at the start)
 */
public record CongestionScenario(String algorithms, Compare compare, long flows, double bandwidthMbps, double rttMs,
                                 double rttRatio, double bufferBdp, double lossPercent, double durationS, boolean sack,
                                 long seed, double staggerS, String drop, boolean delayedAck) {

    /** A scenario whose receivers delay ACKs as Linux does. */
    public CongestionScenario(String algorithms, Compare compare, long flows, double bandwidthMbps, double rttMs,
                              double rttRatio, double bufferBdp, double lossPercent, double durationS, boolean sack,
                              long seed, double staggerS, String drop) {
        this(algorithms, compare, flows, bandwidthMbps, rttMs, rttRatio, bufferBdp, lossPercent, durationS, sack, seed,
                staggerS, drop, true);
    }

    /** A scenario whose flows all start together and lose no chosen segments. */
    public CongestionScenario(String algorithms, Compare compare, long flows, double bandwidthMbps, double rttMs,
                              double rttRatio, double bufferBdp, double lossPercent, double durationS, boolean sack,
                              long seed) {
        this(algorithms, compare, flows, bandwidthMbps, rttMs, rttRatio, bufferBdp, lossPercent, durationS, sack, seed,
                0, "");
    }

    /** How several algorithms are compared. */
    public enum Compare { SEPARATE, SHARED }

    /** Reno vs CUBIC vs BBR on a 100 Mb/s, 100 ms path, each alone. */
    public static final CongestionScenario DEFAULTS =
            new CongestionScenario("reno,cubic,bbr", Compare.SEPARATE, 1, 100, 100, 1, 1, 0, 30, true, 1, 0, "", true);
}
