package org.wirewise.model.congestion;

/**
 * A congestion control algorithm as a strategy over a {@link SenderState} (the shape of ns-3's
 * TcpCongestionOps). The sender does loss detection and retransmission; the strategy decides the
 * window (and, for BBR, the pacing rate).
 */
public interface CongestionControl {

    /** How the sender recovers after three duplicate ACKs. */
    enum Recovery {
        /** No fast recovery: cwnd = 1 segment and slow start again (Tahoe). */
        TAHOE,
        /** RFC 5681 §3.2: fast recovery ends at the first ACK of new data. */
        RENO,
        /** RFC 6582: fast recovery lasts until all data outstanding at loss is acknowledged. */
        NEWRENO
    }

    String name();

    default Recovery recovery() {
        return Recovery.NEWRENO;
    }

    /** Called once before the first segment is sent. */
    default void init(SenderState s, long now) {
    }

    /** ssthresh after a loss (RFC 5681 eq. 4 for Reno: max(FlightSize / 2, 2·SMSS)). */
    long ssthreshAfterLoss(SenderState s);

    /** New data was acknowledged outside recovery: grow the window. */
    void onAck(SenderState s, long ackedBytes, long now);

    /** A congestion event was detected by duplicate ACKs (before ssthreshAfterLoss is applied). */
    default void onCongestionEvent(SenderState s, long now) {
    }

    /** A retransmission timeout fired (RFC 6298 §5.5; RFC 5681 §3.1: cwnd = 1 segment). */
    default void onRetransmissionTimeout(SenderState s, long now) {
        s.ssthresh = Math.max(s.bytesInFlight / 2, 2L * s.mss);
        s.cwnd = s.mss;
        s.phase = Phase.RTO_RECOVERY;
    }

    /**
     * Why slow start just ended without a loss (CUBIC's HyStart), once; null otherwise. The
     * simulator records it in place of the plain phase change.
     */
    default DumbbellResult.EventKind takeSlowStartExit() {
        return null;
    }

    /** Model-based controls (BBR) are not cut by ssthresh on loss and see every rate sample. */
    default boolean modelBased() {
        return false;
    }

    /** A delivery-rate sample on every ACK that acknowledges new data (model-based controls). */
    default void onRateSample(SenderState s, RateSample rs, long now) {
    }

    /**
     * Slow start and congestion avoidance as Linux counts them (tcp_slow_start, tcp_cong_avoid_ai):
     * slow start adds every byte acknowledged, up to ssthresh; the rest, and everything above it,
     * adds one SMSS per window's worth acknowledged (byte counting, RFC 3465). With an ACK for
     * every segment this is RFC 5681's eq. 2 and 3; with delayed ACKs the window grows just as fast.
     */
    static void renoIncrease(SenderState s, long ackedBytes) {
        long left = ackedBytes;
        if (s.cwnd < s.ssthresh) {
            long grown = Math.min(s.cwnd + left, s.ssthresh);
            left -= grown - s.cwnd;
            s.cwnd = grown;
            s.phase = s.cwnd < s.ssthresh ? Phase.SLOW_START : Phase.CONGESTION_AVOIDANCE;
        }
        if (left > 0) {
            s.cwnd += Math.max(1, (long) s.mss * left / s.cwnd);
            s.phase = Phase.CONGESTION_AVOIDANCE;
        }
    }
}
