package org.wirewise.model.congestion;

/** What a sender is doing, as the RFCs and Linux's tcp_bbr name it. */
public enum Phase {
    SLOW_START("slow start"),
    CONGESTION_AVOIDANCE("congestion avoidance"),
    FAST_RECOVERY("fast recovery"),
    RTO_RECOVERY("RTO recovery"),
    BBR_STARTUP("BBR Startup"),
    BBR_DRAIN("BBR Drain"),
    BBR_PROBE_BW("BBR ProbeBW"),
    BBR_PROBE_RTT("BBR ProbeRTT");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
