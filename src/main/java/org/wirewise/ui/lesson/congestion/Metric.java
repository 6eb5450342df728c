package org.wirewise.ui.lesson.congestion;

import org.wirewise.model.congestion.DumbbellConfig;
import org.wirewise.model.congestion.SenderState;
import org.wirewise.model.congestion.Series;

/** What the upper chart plots for each flow. */
enum Metric {
    // Their names for people are in congestion-views.properties (CongestionWords#metric).
    CWND, SSTHRESH, INFLIGHT, RATE, RTT;

    /**
     * Whether sample i has a value: ssthresh starts "arbitrarily high" (RFC 5681 §3.1) and is only
     * drawn from the first loss on; BBR never sets it.
     */
    boolean defined(Series s, int i) {
        return this != SSTHRESH || s.ssthresh(i) < SenderState.INFINITE_SSTHRESH;
    }

    double value(Series s, int i) {
        return switch (this) {
            case CWND -> s.cwnd(i) / (double) DumbbellConfig.LINUX_MSS;
            case SSTHRESH -> s.ssthresh(i) / (double) DumbbellConfig.LINUX_MSS;
            case INFLIGHT -> s.inflight(i) / (double) DumbbellConfig.LINUX_MSS;
            case RATE -> s.deliveryRate(i) * 8 / 1e6;
            case RTT -> s.srtt(i) / 1e6;
        };
    }
}
