package org.wirewise.model.congestion;

/**
 * RACK (RFC 8985 §6.2): a segment is lost when one sent after it has been delivered and RTT +
 * reo_wnd has passed since it was sent. Works on the flow's transmissions in send order (Linux's
 * tsorted_sent_queue); that finds lost retransmissions too.
 */
final class RackLossDetector {

    private final FlowRun f;
    private final SackRecovery scoreboard;
    private final SegmentRing ring;
    private final SenderState s;
    /**
     * Transmissions in send order. A segment is in it at most once: it leaves when marked lost (or
     * all leave on an RTO) before it can be sent again, so its entry's send time is always sentTime[slot].
     */
    private final LongFifo sentSeq = new LongFifo();
    /** The most recently sent segment delivered: its send time, number and RTT. */
    private long rackXmit = -1;
    private long rackSeq;
    private long rackRtt;
    /** When the reordering timer fires, or -1. */
    private long rackAt = -1;

    RackLossDetector(FlowRun f, SackRecovery scoreboard) {
        this.f = f;
        this.scoreboard = scoreboard;
        this.ring = f.ring;
        this.s = f.s;
    }

    void sent(long seq) {
        sentSeq.add(seq);
    }

    /**
     * RFC 8985 §6.2 step 2: remember the most recently sent segment delivered and its RTT, except a
     * retransmission ACKed sooner than min_RTT (the ACK may be for the original).
     */
    void delivered(long seq, int slot, long now) {
        long rtt = now - ring.sentTime[slot];
        if (ring.retransmitted[slot] && rtt < s.minRtt) {
            return;
        }
        if (ring.sentTime[slot] > rackXmit || (ring.sentTime[slot] == rackXmit && seq > rackSeq)) {
            rackXmit = ring.sentTime[slot];
            rackSeq = seq;
            rackRtt = rtt;
        }
    }

    /** Whether the reordering timer is due; if so it is cleared. */
    boolean timerDue(long now) {
        if (rackAt >= 0 && rackAt <= now) {
            rackAt = -1;
            return true;
        }
        return false;
    }

    /** Keeps a TIMER event queued for the reordering timer, if it is set. */
    void rearm() {
        if (rackAt >= 0) {
            f.timer.wakeAt(rackAt);
        }
    }

    /** After an RTO every outstanding segment is marked lost: nothing is left to walk. */
    void reset() {
        sentSeq.clear();
        rackAt = -1;
    }

    /**
     * RFC 8985 §6.2 step 4: reo_wnd is min_RTT/4 (capped at SRTT), but 0 while in recovery or once
     * DupThresh segments are SACKed, as long as no reordering has been seen (this path never reorders);
     * Linux's tcp_rack_reo_wnd.
     */
    private long reoWnd() {
        if (s.caState != SenderState.CaState.OPEN || scoreboard.sackedOut >= 3) {
            return 0;
        }
        return Math.min(s.minRtt / 4, s.srtt);
    }

    /**
     * RFC 8985 §6.2 step 5, RACK_detect_loss: walking transmissions oldest first, a segment not
     * delivered and sent before the newest delivered one is lost once RACK.rtt + reo_wnd has passed
     * since it was sent; for a younger one the reordering timer is armed. Delivered and already
     * lost segments leave the walk for good, so each transmission is looked at about once.
     * Returns how many segments were newly marked lost.
     */
    int detectLoss(long now) {
        if (rackXmit < 0) {
            return 0;
        }
        long reo = reoWnd();
        int newlyLost = 0;
        while (!sentSeq.isEmpty()) {
            long seq = sentSeq.peek();
            if (seq < f.sndUna) {
                sentSeq.poll();
                continue;
            }
            int slot = ring.slot(seq);
            if (ring.outOfOrder[slot] || (ring.lost[slot] && !ring.rtxOut[slot])) {
                sentSeq.poll(); // SACKed, or already waiting to be resent
                continue;
            }
            long t = ring.sentTime[slot];
            if (t > rackXmit || (t == rackXmit && seq >= rackSeq)) {
                break; // sent after the newest delivered segment: nothing to say yet
            }
            long wait = t + rackRtt + reo - now;
            if (wait > 0) {
                rackAt = now + wait;
                f.timer.wakeAt(rackAt);
                break;
            }
            sentSeq.poll();
            scoreboard.markLost(seq, slot, now);
            newlyLost++;
        }
        return newlyLost;
    }
}
