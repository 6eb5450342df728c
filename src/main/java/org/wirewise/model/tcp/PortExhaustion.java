package org.wirewise.model.tcp;

import java.util.ArrayList;
import java.util.List;

/**
 * Ephemeral ports in use when a client opens connections at a steady rate to one server address
 * and port: each holds its port while open and for TIME-WAIT after the client closes it, so the
 * ports needed are rate × (lifetime + TIME-WAIT). When that exceeds the range, connect() fails
 * with EADDRNOTAVAIL ("Cannot assign requested address").
 */
public final class PortExhaustion {

    /** With tcp_tw_reuse Linux may reuse a TIME-WAIT port after 1 s (timestamps must be on). */
    public static final double TW_REUSE_SECONDS = 1;

    private PortExhaustion() {
    }

    /** Seconds a port stays taken per connection. */
    public static double holdSeconds(PortsScenario s) {
        double timeWait = s.twReuse() ? Math.min(s.timeWaitSeconds(), TW_REUSE_SECONDS) : s.timeWaitSeconds();
        return s.lifetimeMs() / 1000 + timeWait;
    }

    /** Ports needed in the steady state. */
    public static double portsNeeded(PortsScenario s) {
        if (s.poolSize() > 0) {
            return s.poolSize();
        }
        return s.connectionsPerSecond() * holdSeconds(s);
    }

    /** When connect() first fails, in seconds from the start, or -1 if it never does. */
    public static double failureAt(PortsScenario s) {
        if (portsNeeded(s) <= s.portRange().size()) {
            return -1;
        }
        return s.portRange().size() / s.connectionsPerSecond();
    }

    /** Ports in use at time t (seconds), capped by the range. */
    public static double inUse(PortsScenario s, double t) {
        if (s.poolSize() > 0) {
            return Math.min(s.poolSize(), s.portRange().size());
        }
        return Math.min(s.portRange().size(), s.connectionsPerSecond() * Math.min(t, holdSeconds(s)));
    }

    /** Samples of ports in use over twice the hold time (or up to failure and beyond). */
    public static List<double[]> curve(PortsScenario s, int points) {
        double span = Math.max(2 * holdSeconds(s), 10);
        List<double[]> curve = new ArrayList<>();
        for (int i = 0; i <= points; i++) {
            double t = span * i / points;
            curve.add(new double[] {t, inUse(s, t)});
        }
        return curve;
    }
}
