package org.wirewise.model.congestion;

/**
 * When a flow's receiver acknowledges, as Linux does (RFC 9293 §3.8.6.3, RFC 5681 §4.2): at
 * once for the first 16 segments (quick-ACK mode, TCP_MAX_QUICKACKS), for out-of-order data and
 * while data is held beyond a hole; otherwise one ACK for every second full segment, and a lone
 * segment after the delayed-ACK timer (40 ms, TCP_DELACK_MIN). Off, every segment is ACKed at once.
 */
final class DelayedAcks {

    static final long TIMEOUT_NS = 40_000_000L;
    static final int QUICK_ACKS = 16;

    private final boolean enabled;
    private int quickAcks = QUICK_ACKS;
    /** The in-order segment whose ACK is being delayed, or -1. */
    private long held = -1;
    private long generation;

    DelayedAcks(boolean enabled) {
        this.enabled = enabled;
    }

    /** The segment waiting for its ACK, or -1. */
    long held() {
        return held;
    }

    /** Gives up the held segment (its ACK goes now, alone or with the next one's). */
    long release() {
        long seq = held;
        held = -1;
        return seq;
    }

    /**
     * Whether the ACK for an arriving segment may wait: in order, nothing held beyond a hole, no
     * quick ACKs left and no other segment already waiting.
     */
    boolean mayDelay(boolean inOrder, boolean outOfOrderHeld) {
        if (!enabled || !inOrder || outOfOrderHeld || held >= 0) {
            return false;
        }
        if (quickAcks > 0) {
            quickAcks--;
            return false;
        }
        return true;
    }

    /** Holds {@code seq}; returns the timer's generation, which a stale timer event will not match. */
    long hold(long seq) {
        held = seq;
        return ++generation;
    }

    boolean timerMatches(long gen) {
        return held >= 0 && gen == generation;
    }
}
