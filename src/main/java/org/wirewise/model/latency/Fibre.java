package org.wirewise.model.latency;

import org.wirewise.model.sim.SimTime;

/**
 * How fast light crosses optical fibre. Light in silica travels at c divided by the fibre's group
 * index; for standard single-mode fibre (ITU-T G.652) at 1550 nm that index is about 1.468, so a
 * signal covers about 204,000 km per second, a little over the "200,000 km/s, 5 µs per km" rule of
 * thumb (which rounds the index to 1.5). Real paths are longer than the great circle; that is
 * routing, not the fibre, and lessons add it separately.
 */
public final class Fibre {

    /** The speed of light in vacuum, km/s (exact by the SI definition of the metre). */
    public static final double LIGHT_KM_PER_SECOND = 299_792.458;
    /** Group index of G.652 single-mode fibre at 1550 nm. */
    public static final double GROUP_INDEX = 1.468;
    /** Kilometres per second in fibre: c / 1.468, about 204,000. */
    public static final double KM_PER_SECOND = LIGHT_KM_PER_SECOND / GROUP_INDEX;

    private Fibre() {
    }

    /** Velocity factor: the fraction of c at which the signal moves (about 0.68). */
    public static double velocityFactor() {
        return 1 / GROUP_INDEX;
    }

    /** One-way propagation delay over {@code km} of fibre, in nanoseconds. */
    public static long propagation(double km) {
        if (km < 0 || Double.isNaN(km)) {
            throw new IllegalArgumentException("distance must not be negative: " + km);
        }
        return Math.round(km / KM_PER_SECOND * SimTime.SECOND);
    }
}
