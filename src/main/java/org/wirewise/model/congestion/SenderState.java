package org.wirewise.model.congestion;

/**
 * The plain state a congestion control strategy reads and writes (the shape of ns-3's
 * TcpSocketState). Windows are in bytes; times in simulated nanoseconds.
 */
public final class SenderState {

    /** "Infinite" initial ssthresh (RFC 5681 §3.1: arbitrarily high). */
    public static final long INFINITE_SSTHRESH = Long.MAX_VALUE / 4;

    /** Sender maximum segment size, bytes. */
    public final int mss;
    public long cwnd;
    /** cwnd just before the latest congestion event cut it (Linux's tp->prior_cwnd), bytes. */
    public long priorCwnd;
    public long ssthresh = INFINITE_SSTHRESH;
    /** FlightSize: bytes sent and not yet cumulatively acknowledged. */
    public long bytesInFlight;
    /** Smoothed RTT (RFC 6298), ns; 0 before the first sample. */
    public long srtt;
    public long rttVar;
    /**
     * RTT of the newest segment the ACK being processed delivered, ns; 0 when it delivered none
     * or only retransmitted ones (Karn). Linux's ca_rtt_us, what HyStart watches.
     */
    public long ackRtt;
    /** Smallest RTT seen, ns; 0 before the first sample. */
    public long minRtt;
    /** Pacing rate in bytes per second; 0 means no pacing (send as the window allows). */
    public double pacingRate;
    /** Latest delivery-rate sample, bytes per second. */
    public double deliveryRate;
    /** Total bytes cumulatively acknowledged. */
    public long delivered;
    public Phase phase = Phase.SLOW_START;
    /** The sender's loss-recovery state, as Linux's icsk_ca_state names it; set by the simulator. */
    public CaState caState = CaState.OPEN;

    /** Linux's TCP_CA_Open, TCP_CA_Recovery and TCP_CA_Loss (the states congestion controls see). */
    public enum CaState {
        /** No loss being repaired. */
        OPEN,
        /** Fast recovery after duplicate ACKs or a RACK-detected loss (RFC 6675, RFC 6582). */
        RECOVERY,
        /** Repairing after a retransmission timeout (RFC 6298 §5). */
        LOSS
    }

    public SenderState(int mss, int initialWindowSegments) {
        if (mss <= 0) {
            throw new IllegalArgumentException("mss must be positive, got " + mss);
        }
        this.mss = mss;
        this.cwnd = (long) initialWindowSegments * mss;
    }

    /** cwnd in segments, for narration and tests. */
    public double cwndSegments() {
        return (double) cwnd / mss;
    }
}
