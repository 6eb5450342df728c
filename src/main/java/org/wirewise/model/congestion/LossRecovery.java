package org.wirewise.model.congestion;

/**
 * How a flow finds and repairs losses: {@link DupAckRecovery} without SACK, {@link SackRecovery}
 * with it. A flow keeps one for its whole run, so each call site sees at most these two classes.
 */
abstract class LossRecovery {

    final FlowRun f;
    final SenderState s;
    final CongestionControl cc;
    /** Losses a model-based control has not been told of yet (it hears of them with the next ACK). */
    int pendingLosses;

    LossRecovery(FlowRun f) {
        this.f = f;
        this.s = f.s;
        this.cc = f.cc;
    }

    /** Whether the window allows one more segment out. */
    abstract boolean windowOpen();

    /** The segment to send next, consumed: a repair, or new data. */
    abstract long nextSegment();

    /** Bytes in flight as the sender counts them. */
    abstract long flight();

    /** A segment goes out; {@code again} when it is a retransmission. */
    void onTransmit(long seq, int slot, boolean again) {
    }

    /** A segment reached the receiver for the first time. */
    void onDelivered(long seq, long now) {
    }

    /**
     * The ACK for a segment that just arrived: {@code ack} is the receiver's rcv.nxt, {@code fresh}
     * whether the segment was new, {@code heldChange} the change in segments the receiver holds out of order.
     */
    abstract void onAck(long ack, boolean fresh, int heldChange, long now);

    /** A TIMER event came due before the retransmission timer is looked at. */
    void onTimer(long now) {
    }

    /** The retransmission timer expired with data outstanding. */
    abstract void onTimeout(long now);

    /**
     * The window's side of a timeout. One that fires in the middle of fast recovery keeps the
     * ssthresh recovery set, as Linux's tcp_enter_loss does: the flight it would halve again
     * counts the new data the inflated recovery window let out (RFC 5681 §3.2 step 4), and
     * halving that would send slow start far past the link, only to lose a window again.
     */
    final void timeout(long now) {
        boolean inFastRecovery = s.caState == SenderState.CaState.RECOVERY;
        long recoverySsthresh = s.ssthresh;
        s.priorCwnd = s.cwnd;
        s.caState = SenderState.CaState.LOSS;
        cc.onRetransmissionTimeout(s, now);
        if (inFastRecovery && !cc.modelBased()) {
            s.ssthresh = recoverySsthresh;
        }
    }
}
