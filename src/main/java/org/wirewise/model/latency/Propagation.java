package org.wirewise.model.latency;

/**
 * How fast signals travel: light in vacuum (radio to a satellite) and in optical fibre, whose glass
 * slows it by its group index.
 */
public final class Propagation {

    /** Speed of light in vacuum, km/s (exact by the SI definition of the metre). */
    public static final double VACUUM_KM_PER_S = 299_792.458;
    /** Group index of standard single-mode fibre (ITU-T G.652, e.g. Corning SMF-28) at 1550 nm. */
    public static final double FIBRE_GROUP_INDEX = 1.4682;
    /** Light in fibre, about 204,000 km/s: the "~200,000 km/s" rule of thumb. */
    public static final double FIBRE_KM_PER_S = VACUUM_KM_PER_S / FIBRE_GROUP_INDEX;
    /** Fibre's velocity factor: its speed as a fraction of c, about 0.68. */
    public static final double FIBRE_VELOCITY_FACTOR = 1 / FIBRE_GROUP_INDEX;

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
