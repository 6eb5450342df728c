package org.wirewise.model.latency;

/**
 * Textbook queueing formulas for one server fed by Poisson arrivals (Kendall's notation), to
 * compare with what the simulated queue measures. Utilisation ρ = arrival rate × mean service
 * time; both formulas grow without bound as ρ approaches 1.
 */
public final class Queueing {

    private Queueing() {
    }

    /**
     * Mean time waiting in the queue (not counting service) with every service the same length,
     * M/D/1 (Pollaczek–Khinchine with zero service variance): W = ρ·S / (2(1 − ρ)).
     */
    public static double waitMd1(double rho, double serviceNanos) {
        check(rho);
        return rho * serviceNanos / (2 * (1 - rho));
    }

    /** Mean wait with exponentially distributed service times, M/M/1: W = ρ·S / (1 − ρ), twice M/D/1's. */
    public static double waitMm1(double rho, double serviceNanos) {
        check(rho);
        return rho * serviceNanos / (1 - rho);
    }

    private static void check(double rho) {
        if (!(rho >= 0 && rho < 1)) {
            throw new IllegalArgumentException("utilisation must be from 0 to below 1: " + rho);
        }
    }
}
