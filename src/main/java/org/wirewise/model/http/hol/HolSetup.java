package org.wirewise.model.http.hol;

/**
 * One head-of-line comparison: the path (round-trip time, bandwidth, a random loss rate), which
 * of the server's response packets is lost on purpose, and the page.
 *
 * @param lossPercent each packet, either way, lost with this probability (seeded)
 * @param losePacket  the n-th packet carrying response bytes that the server sends after the
 *                    browser asked for the assets is lost; 0 loses none
 * @param assets      how many assets the HTML names, requested together once it has arrived
 */
public record HolSetup(double rttMs, double bandwidthMbps, double lossPercent, int losePacket, int assets, long seed) {

    /** Ten assets on a 100 ms, 20 Mbit/s path, the third response packet after the assets' requests lost. */
    public static final HolSetup DEFAULTS = new HolSetup(100, 20, 0, 3, 10, 1);

    public HolSetup {
        if (!(rttMs > 0) || !(bandwidthMbps > 0) || !(lossPercent >= 0 && lossPercent < 100) || losePacket < 0 || assets < 0) {
            throw new IllegalArgumentException("a head-of-line setup needs a positive RTT and bandwidth, a loss below 100 %"
                    + " and no negative counts");
        }
    }

    /** The same setup without the chosen lost packet and without random loss: what a stall is measured against. */
    public HolSetup lossFree() {
        return new HolSetup(rttMs, bandwidthMbps, 0, 0, assets, seed);
    }

    public HolSetup withSeed(long other) {
        return new HolSetup(rttMs, bandwidthMbps, lossPercent, losePacket, assets, other);
    }

    public boolean lossy() {
        return lossPercent > 0 || losePacket > 0;
    }
}
