package org.wirewise.model.congestion;

/**
 * CUBIC as RFC 9438 specifies it: C = 0.4, β = 0.7 (§4.1), W_cubic(t) = C·(t − K)³ + W_max
 * (§4.2), the Reno-friendly region (§4.3), concave and convex growth toward W_cubic(t + RTT)
 * (§4.4, §4.5), multiplicative decrease (§4.6) and fast convergence (§4.7). Slow start is RFC
 * 5681's, left early by Linux's {@link HyStart} (on by default, as in Linux): RFC 9438 §4.10 lists
 * this hybrid slow start as an experimental alternative to the HyStart++ (RFC 9406) it recommends;
 * after an exit without loss, K = 0 and W_max is cwnd, as §4.10 says.
 */
public final class Cubic implements CongestionControl {

    public static final double C = 0.4;
    public static final double BETA = 0.7;
    /** RFC 9438 §4.3: α_cubic = 3·(1 − β) / (1 + β). */
    public static final double ALPHA = 3 * (1 - BETA) / (1 + BETA);

    private final boolean fastConvergence;
    /** Linux's hybrid slow start, or null when slow start runs until the first loss. */
    private final HyStart hyStart;
    /** Segments. */
    private double wMax;
    private double wEst;
    private double k;
    private long epochStart = -1;
    private double cwndEpoch;

    public Cubic() {
        this(true);
    }

    public Cubic(boolean fastConvergence) {
        this(fastConvergence, true);
    }

    public Cubic(boolean fastConvergence, boolean hyStart) {
        this.fastConvergence = fastConvergence;
        this.hyStart = hyStart ? new HyStart() : null;
    }

    @Override
    public DumbbellResult.EventKind takeSlowStartExit() {
        HyStart.Exit why = hyStart == null ? null : hyStart.takeExit();
        if (why == null) {
            return null;
        }
        return why == HyStart.Exit.ACK_TRAIN ? DumbbellResult.EventKind.HYSTART_ACK_TRAIN
                : DumbbellResult.EventKind.HYSTART_DELAY;
    }

    @Override
    public void init(SenderState s, long now) {
        if (hyStart != null) {
            hyStart.reset();
        }
    }

    /** RFC 9438 eq. 2: K = ∛((W_max − cwnd_epoch) / C), seconds. */
    public static double k(double wMax, double cwndEpoch) {
        return Math.cbrt((wMax - cwndEpoch) / C);
    }

    /** RFC 9438 eq. 1, in segments, t in seconds. */
    public static double wCubic(double t, double k, double wMax) {
        double d = t - k;
        return C * d * d * d + wMax;
    }

    @Override
    public String name() {
        return "cubic";
    }

    public double wMax() {
        return wMax;
    }

    public double k() {
        return k;
    }

    @Override
    public long ssthreshAfterLoss(SenderState s) {
        return Math.max((long) (s.cwnd * BETA), 2L * s.mss);
    }

    @Override
    public void onCongestionEvent(SenderState s, long now) {
        double cwnd = s.cwndSegments();
        // §4.7 fast convergence: a flow that lost before reaching its last W_max releases bandwidth.
        wMax = fastConvergence && cwnd < wMax ? cwnd * (1 + BETA) / 2 : cwnd;
        epochStart = -1;
    }

    @Override
    public void onRetransmissionTimeout(SenderState s, long now) {
        // §4.8: the timeout is a congestion event; cwnd restarts at one segment.
        onCongestionEvent(s, now);
        s.ssthresh = ssthreshAfterLoss(s);
        s.cwnd = s.mss;
        s.phase = Phase.RTO_RECOVERY;
        if (hyStart != null) {
            hyStart.reset(); // Linux's cubictcp_state on entering TCP_CA_Loss
        }
    }

    @Override
    public void onAck(SenderState s, long ackedBytes, long now) {
        if (s.cwnd < s.ssthresh && hyStart != null) {
            hyStart.onAck(s, s.ackRtt, now); // Linux's cubictcp_acked, before the window grows
        }
        if (s.cwnd < s.ssthresh) {
            CongestionControl.renoIncrease(s, ackedBytes);
            return;
        }
        s.phase = Phase.CONGESTION_AVOIDANCE;
        double cwnd = s.cwndSegments();
        if (epochStart < 0) {
            epochStart = now;
            cwndEpoch = cwnd;
            if (wMax < cwnd) {
                wMax = cwnd;
            }
            k = k(wMax, cwndEpoch);
            wEst = cwndEpoch;
        }
        double t = (now - epochStart) / 1e9;
        double rtt = s.srtt / 1e9;
        double segmentsAcked = (double) ackedBytes / s.mss;
        wEst += ALPHA * segmentsAcked / cwnd;
        double wT = wCubic(t, k, wMax);
        if (wT < wEst) {
            cwnd = wEst; // §4.3 Reno-friendly region
        } else {
            double target = Math.min(Math.max(wCubic(t + rtt, k, wMax), cwnd), 1.5 * cwnd);
            cwnd += (target - cwnd) / cwnd * segmentsAcked;
        }
        s.cwnd = Math.max(s.cwnd, (long) (cwnd * s.mss));
    }
}
