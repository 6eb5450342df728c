package org.wirewise.model.latency;

/**
 * The latency budget's optimisations, each one switch of {@link LatencyBudgetScenario}; their names,
 * in each language, are in the lesson's bundle (latency-budget.properties, switch.NAME).
 */
public enum Switch {
    CLOSER, REUSE, ZERO_RTT, HTTP2, COMPRESSION, PARALLEL, CACHE_HIT;

    public boolean isOn(LatencyBudgetScenario s) {
        return switch (this) {
            case CLOSER -> s.closer();
            case REUSE -> s.reuse();
            case ZERO_RTT -> s.zeroRtt();
            case HTTP2 -> s.http2();
            case COMPRESSION -> s.compression();
            case PARALLEL -> s.parallel();
            case CACHE_HIT -> s.cacheHit();
        };
    }

    /** The scenario with this switch set. */
    public LatencyBudgetScenario set(LatencyBudgetScenario s, boolean on) {
        return new LatencyBudgetScenario(s.rttMs(), s.edgeRttMs(), s.bandwidthMbps(), s.dnsMs(), s.serverMs(),
                s.documentKb(), s.objects(), s.objectKb(), this == CLOSER ? on : s.closer(),
                this == REUSE ? on : s.reuse(), this == ZERO_RTT ? on : s.zeroRtt(), this == HTTP2 ? on : s.http2(),
                this == COMPRESSION ? on : s.compression(), this == PARALLEL ? on : s.parallel(),
                this == CACHE_HIT ? on : s.cacheHit());
    }

    /** The scenario with every switch off: nothing optimised. */
    public static LatencyBudgetScenario allOff(LatencyBudgetScenario s) {
        LatencyBudgetScenario out = s;
        for (Switch w : values()) {
            out = w.set(out, false);
        }
        return out;
    }
}
