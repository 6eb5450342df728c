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
    public long ssthresh = INFINITE_SSTHRESH;
    /** FlightSize: bytes sent and not yet cumulatively acknowledged. */
    public long bytesInFlight;
    /** Smoothed RTT (RFC 6298), ns; 0 before the first sample. */
    public long srtt;
    public long rttVar;
    /** Smallest RTT seen, ns; 0 before the first sample. */
    public long minRtt;
    /** Pacing rate in bytes per second; 0 means no pacing (send as the window allows). */
    public double pacingRate;
    /** Latest delivery-rate sample, bytes per second. */
    public double deliveryRate;
    /** Total bytes cumulatively acknowledged. */
    public long delivered;
    public Phase phase = Phase.SLOW_START;

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
