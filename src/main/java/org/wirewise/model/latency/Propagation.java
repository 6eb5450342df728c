package org.wirewise.model.latency;

/**
 * How fast signals travel, in milliseconds over kilometres: light in vacuum (radio to a satellite)
 * and in optical fibre, both as {@link Fibre} defines them for every latency lesson.
 */
public final class Propagation {

    public static final double VACUUM_KM_PER_S = Fibre.LIGHT_KM_PER_SECOND;
    public static final double FIBRE_GROUP_INDEX = Fibre.GROUP_INDEX;
    /** Light in fibre, about 204,000 km/s: the "~200,000 km/s" rule of thumb. */
    public static final double FIBRE_KM_PER_S = Fibre.KM_PER_SECOND;
    /** Fibre's velocity factor: its speed as a fraction of c, about 0.68. */
    public static final double FIBRE_VELOCITY_FACTOR = Fibre.velocityFactor();

    private Propagation() {
    }

    /** Milliseconds for light in fibre to cover this distance once. */
    public static double fibreMs(double km) {
        return km / FIBRE_KM_PER_S * 1000;
    }

    /** Milliseconds for radio (light in vacuum) to cover this distance once. */
    public static double radioMs(double km) {
        return km / VACUUM_KM_PER_S * 1000;
    }
}
