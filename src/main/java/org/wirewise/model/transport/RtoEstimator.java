package org.wirewise.model.transport;

/**
 * The retransmission timeout of RFC 6298: SRTT and RTTVAR from round-trip samples (§2), the
 * lower and upper bounds (§2.4, §2.5) and exponential back-off when the timer expires (§5.5).
 * Karn's rule (§3) is the caller's part: samples must come from segments never retransmitted.
 * All times are nanoseconds.
 */
public final class RtoEstimator {

    /** RFC 6298 §2.1: before any sample, RTO is 1 second. */
    public static final long INITIAL_RTO = 1_000_000_000L;
    /** RFC 6298 §2.4: RTO is rounded up to 1 second. Linux uses 200 ms instead (TCP_RTO_MIN). */
    public static final long MIN_RTO = 1_000_000_000L;
    /**
     * RFC 6298 §2.5: a maximum may be placed on RTO provided it is at least 60 seconds; Linux's
     * TCP_RTO_MAX is 120 s, which with six SYN retries gives its 127-second connect timeout.
     */
    public static final long MAX_RTO = 120_000_000_000L;
    /** The clock granularity G of RFC 6298 §2: Linux measures in jiffies; 1 ms here. */
    public static final long GRANULARITY = 1_000_000L;

    private final long minRto;
    private final long maxRto;
    private long srtt = -1;
    private long rttvar;
    private long rto = INITIAL_RTO;
    private int backoffs;

    public RtoEstimator() {
        this(MIN_RTO, MAX_RTO);
    }

    public RtoEstimator(long minRto, long maxRto) {
        if (minRto <= 0 || maxRto < minRto) {
            throw new IllegalArgumentException("need 0 < minimum RTO <= maximum RTO");
        }
        this.minRto = minRto;
        this.maxRto = maxRto;
        this.rto = Math.max(minRto, Math.min(maxRto, INITIAL_RTO));
    }

    /** Takes one round-trip measurement R (RFC 6298 §2.2 for the first, §2.3 afterwards). */
    public void sample(long r) {
        if (r < 0) {
            throw new IllegalArgumentException("negative RTT sample " + r);
        }
        if (srtt < 0) {
            srtt = r;
            rttvar = r / 2;
        } else {
            // RTTVAR <- (1 - beta) * RTTVAR + beta * |SRTT - R'|, beta = 1/4, computed before SRTT.
            rttvar = (3 * rttvar + Math.abs(srtt - r)) / 4;
            // SRTT <- (1 - alpha) * SRTT + alpha * R', alpha = 1/8.
            srtt = (7 * srtt + r) / 8;
        }
        backoffs = 0;
        rto = clamp(srtt + Math.max(GRANULARITY, 4 * rttvar));
    }

    /** The timer expired: RTO <- RTO * 2, up to the maximum (RFC 6298 §5.5). */
    public void backOff() {
        backoffs++;
        rto = clamp(rto * 2);
    }

    /**
     * Sets the RTO without a sample and clears the back-off: RFC 6298 §5.7's re-initialisation to
     * 3 s when data begins after a handshake that gave no valid sample.
     */
    public void reinitialise(long value) {
        backoffs = 0;
        rto = clamp(value);
    }

    public long rto() {
        return rto;
    }

    /** Smoothed RTT, or -1 before the first sample. */
    public long srtt() {
        return srtt;
    }

    public long rttvar() {
        return rttvar;
    }

    public boolean hasSample() {
        return srtt >= 0;
    }

    /** Expirations since the last sample. */
    public int backoffs() {
        return backoffs;
    }

    public long minRto() {
        return minRto;
    }

    public long maxRto() {
        return maxRto;
    }

    private long clamp(long value) {
        return Math.max(minRto, Math.min(maxRto, value));
    }
}
