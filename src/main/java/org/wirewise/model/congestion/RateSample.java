package org.wirewise.model.congestion;

/**
 * One delivery-rate sample (draft-cheng-iccrg-delivery-rate-estimation, as Linux computes it).
 * Mutable and reused by the simulator, so sampling allocates nothing.
 */
public final class RateSample {
    /** Bytes delivered over the interval. */
    public long deliveredBytes;
    /** Interval, ns. */
    public long interval;
    /** Connection's total delivered bytes when the acknowledged packet was sent. */
    public long priorDelivered;
    /** RTT of the acknowledged packet, ns, or 0 when it was retransmitted (Karn). */
    public long rtt;
    /** Bytes newly acknowledged by this ACK. */
    public long ackedBytes;
    /** Segments newly marked lost while processing this ACK (Linux's rs->losses). */
    public int losses;

    /** Bytes per second, or 0 when the interval is empty. */
    public double rate() {
        return interval <= 0 ? 0 : deliveredBytes * 1e9 / interval;
    }
}
