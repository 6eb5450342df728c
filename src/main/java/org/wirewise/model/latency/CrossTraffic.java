package org.wirewise.model.latency;

import java.util.random.RandomGenerator;

/**
 * Background load as a Poisson process: many independent senders sharing a link add up to
 * arrivals whose gaps are exponentially distributed. Every packet is the same size, so the link's
 * service time is fixed: the queue is M/D/1.
 */
public final class CrossTraffic {

    /** IP size of each cross-traffic packet: a full 1500-byte Ethernet MTU, as bulk transfers send. */
    public static final int PACKET_BYTES = 1500;

    private CrossTraffic() {
    }

    /**
     * {@code count} arrival times, in nanoseconds from 0, with exponential gaps of mean
     * {@code meanGapNanos}, drawn from {@code random}.
     */
    public static long[] arrivals(RandomGenerator random, int count, double meanGapNanos) {
        long[] at = new long[count];
        double t = 0;
        for (int i = 0; i < count; i++) {
            t += -Math.log(1 - random.nextDouble()) * meanGapNanos;
            at[i] = Math.round(t);
        }
        return at;
    }

    /** Mean gap between arrivals for utilisation {@code load} of a server taking {@code serviceNanos} each. */
    public static double meanGap(double load, double serviceNanos) {
        if (!(load > 0 && load < 1)) {
            throw new IllegalArgumentException("load must be above 0 and below 1: " + load);
        }
        return serviceNanos / load;
    }
}
