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

    /** The English name, as the exported series and the command line write it. */
    public String label() {
        return label;
    }

    /** The name in {@code language}, from the lesson's bundle: the narration and the view's legend use it. */
    public String label(java.util.Locale language) {
        return org.wirewise.model.text.Texts.of(CongestionNarration.TEXTS, language).get("phase." + name());
    }
}
