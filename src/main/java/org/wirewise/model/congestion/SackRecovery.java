package org.wirewise.model.congestion;

import org.wirewise.model.transport.ProportionalRateReduction;

/**
 * Loss recovery with SACK (RFC 2018), as Linux does it: the scoreboard counts SACKed, lost and
 * retransmitted segments (in flight = outstanding − SACKed − lost + retransmitted, RFC 6675's
 * "pipe"), {@link RackLossDetector} marks losses (RFC 8985), recovery follows RFC 6675, and
 * NextSeg() resends lost segments, lost retransmissions included, within cwnd.
 */
final class SackRecovery extends LossRecovery {

    private final SegmentRing ring;
    private final RackLossDetector rack;
    int sackedOut;
    int lostOut;
    int retransOut;
    long recoveryPoint;
    /** Segments marked lost, oldest first; entries retransmitted or acknowledged since are skipped. */
    private final LongFifo lostQueue = new LongFifo();
    /** RFC 6937's PRR, which Linux applies in fast recovery to every control that does not set cwnd itself. */
    private final ProportionalRateReduction prr = new ProportionalRateReduction();

    SackRecovery(FlowRun f) {
        super(f);
        this.ring = f.ring;
        this.rack = new RackLossDetector(f, this);
    }

    /** RFC 6675 §5: while cwnd − pipe ≥ 1 SMSS. */
    @Override
    boolean windowOpen() {
        return (pipe() + 1) * s.mss <= s.cwnd;
    }

    /** NextSeg(): first a segment marked lost and not yet retransmitted (rule 1), else new data (rule 2). */
    @Override
    long nextSegment() {
        long seq = nextLost();
        return seq < 0 ? f.sndNxt++ : seq;
    }

    /** Linux's tcp_packets_in_flight: outstanding − SACKed − lost + retransmitted (RFC 6675 pipe), segments. */
    private long pipe() {
        return f.highSent - f.sndUna - sackedOut - lostOut + retransOut;
    }

    @Override
    long flight() {
        return pipe() * s.mss;
    }

    /** The oldest segment marked lost and not retransmitted since, or -1. */
    private long nextLost() {
        while (!lostQueue.isEmpty()) {
            long seq = lostQueue.poll();
            if (seq < f.sndUna) {
                continue;
            }
            int slot = ring.slot(seq);
            if (ring.lost[slot] && !ring.rtxOut[slot] && !ring.outOfOrder[slot]) {
                return seq;
            }
        }
        return -1;
    }

    @Override
    void onTransmit(long seq, int slot, boolean again) {
        if (s.caState == SenderState.CaState.RECOVERY) {
            prr.sent(s.mss);
        }
        if (again) {
            if (!ring.rtxOut[slot]) {
                ring.rtxOut[slot] = true;
                retransOut++;
            }
        } else {
            ring.lost[slot] = false;
            ring.rtxOut[slot] = false;
        }
        rack.sent(seq);
    }

    /** A segment arrived for the first time: it is neither lost nor a retransmission in flight any more. */
    @Override
    void onDelivered(long seq, long now) {
        int slot = ring.slot(seq);
        if (ring.lost[slot]) {
            ring.lost[slot] = false;
            lostOut--;
        }
        if (ring.rtxOut[slot]) {
            ring.rtxOut[slot] = false;
            retransOut--;
        }
        rack.delivered(seq, slot, now);
    }

    /** RACK found {@code seq} lost: mark it (or its lost retransmission) for NextSeg(). */
    void markLost(long seq, int slot, long now) {
        if (ring.lost[slot]) { // a retransmission was lost too (RFC 8985 §6.2, Linux tcp_rack_detect_loss)
            ring.rtxOut[slot] = false;
            retransOut--;
            f.event(now, DumbbellResult.EventKind.LOST_RETRANSMISSION, flight(), seq + 1, 0, recoveryPoint, false);
        } else {
            ring.lost[slot] = true;
            lostOut++;
        }
        lostQueue.add(seq);
    }

    /**
     * RACK marks losses, recovery follows RFC 6675 (cwnd = ssthresh on entry, no growth until
     * everything outstanding at the loss is acknowledged).
     */
    @Override
    void onAck(long ack, boolean fresh, int heldChange, long now) {
        sackedOut += heldChange;
        long ackedBytes = 0;
        long deliveredBytes = (Math.max(0, ack - f.sndUna) + heldChange) * s.mss; // RFC 6937 DeliveredData
        if (ack > f.sndUna) {
            ackedBytes = (ack - f.sndUna) * s.mss;
            f.sndUna = ack;
        }
        int newlyLost = rack.detectLoss(now);
        boolean entered = false;
        long flightSize = 0;
        if (newlyLost > 0 && s.caState == SenderState.CaState.OPEN) {
            flightSize = enterRecovery(now);
            entered = true;
        }
        if (s.caState == SenderState.CaState.RECOVERY && !cc.modelBased()
                && cc.recovery() != CongestionControl.Recovery.TAHOE) {
            s.cwnd = prr.onAck(deliveredBytes, flight(), s.ssthresh, s.mss); // RFC 6937 §3, tcp_cwnd_reduction
        }
        if (s.caState != SenderState.CaState.OPEN && f.sndUna >= recoveryPoint) {
            // RFC 6675 §5: recovery ends when the cumulative ACK covers RecoveryPoint. Fast recovery
            // leaves cwnd at ssthresh (RFC 6937, tcp_end_cwnd_reduction); after an RTO it has
            // slow-started back.
            if (s.caState == SenderState.CaState.RECOVERY && !cc.modelBased()) {
                s.cwnd = s.ssthresh;
            }
            s.caState = SenderState.CaState.OPEN;
            if (!cc.modelBased()) {
                s.phase = s.cwnd < s.ssthresh ? Phase.SLOW_START : Phase.CONGESTION_AVOIDANCE;
            }
        }
        s.bytesInFlight = flight();
        if (cc.modelBased()) {
            if (fresh || ackedBytes > 0) {
                f.rs.ackedBytes = (long) f.ackDelivered * s.mss; // Linux's acked_sacked: newly delivered
                f.rs.losses = newlyLost + pendingLosses;
                pendingLosses = 0;
                cc.onRateSample(s, f.rs, now);
            }
        } else if (ackedBytes > 0 && s.caState != SenderState.CaState.RECOVERY && !entered) {
            cc.onAck(s, ackedBytes, now); // slow start or congestion avoidance, also after an RTO
        }
        if (ackedBytes > 0) {
            if (f.highSent > f.sndUna) {
                f.timer.arm(now); // RFC 6298 §5.3
            } else {
                f.timer.rtoAt = -1;
            }
            f.endRound(ack, f.highSent, now);
        }
        if (entered) {
            // Recorded after the control reacted (BBR sets its window on this same ACK).
            fastRetransmitEvent(now, flightSize);
        }
        f.notePhaseChange(now);
        f.trySend(now);
        s.bytesInFlight = flight();
    }

    /** RACK's reordering timer: losses it finds start recovery as an ACK's would. */
    @Override
    void onTimer(long now) {
        if (rack.timerDue(now)) {
            int newlyLost = rack.detectLoss(now);
            if (newlyLost > 0) {
                pendingLosses += newlyLost;
                if (s.caState == SenderState.CaState.OPEN) {
                    long flightSize = enterRecovery(now);
                    if (!cc.modelBased() && s.caState == SenderState.CaState.RECOVERY) {
                        s.cwnd = prr.onAck(0, flight(), s.ssthresh, s.mss);
                    }
                    fastRetransmitEvent(now, flightSize);
                }
                f.trySend(now);
            }
        }
        rack.rearm();
    }

    /**
     * RFC 6675 §5 step 4 (entered by RACK, RFC 8985 §6.2, which includes the DupThresh case).
     * Returns the FlightSize ssthresh was computed from, which the narration prints.
     */
    private long enterRecovery(long now) {
        long flightSize = (f.highSent - f.sndUna) * s.mss; // FlightSize (RFC 5681 eq. 4)
        s.bytesInFlight = flightSize;
        s.priorCwnd = s.cwnd;
        prr.start(s.cwnd);
        cc.onCongestionEvent(s, now);
        recoveryPoint = f.highSent;
        s.caState = SenderState.CaState.RECOVERY;
        if (cc.recovery() == CongestionControl.Recovery.TAHOE) {
            s.ssthresh = cc.ssthreshAfterLoss(s); // no fast recovery: slow start from one segment
            s.cwnd = s.mss;
            s.phase = Phase.SLOW_START;
            s.caState = SenderState.CaState.LOSS;
        } else if (!cc.modelBased()) {
            // No inflation with SACK; PRR (RFC 6937) takes cwnd from pipe toward ssthresh per ACK,
            // where RFC 6675 §5 (4.2) sets cwnd = ssthresh at once.
            s.ssthresh = cc.ssthreshAfterLoss(s);
            s.phase = Phase.FAST_RECOVERY;
        }
        s.bytesInFlight = flight();
        return flightSize;
    }

    private void fastRetransmitEvent(long now, long flightSize) {
        long first = lostQueue.isEmpty() ? f.sndUna : lostQueue.peek();
        f.event(now, DumbbellResult.EventKind.FAST_RETRANSMIT, flightSize, first + 1, 0, recoveryPoint, false);
        f.lastPhase = s.phase;
    }

    /**
     * An RTO with SACK, as Linux's tcp_enter_loss does it: every outstanding segment not SACKed
     * is marked lost (SACKed ones are not resent), cwnd restarts from 1 segment and the lost
     * ones go out again in slow start; the Loss state lasts until everything sent before the
     * timeout is acknowledged.
     */
    @Override
    void onTimeout(long now) {
        long flightBefore = flight();
        s.bytesInFlight = (f.highSent - f.sndUna) * s.mss; // FlightSize for ssthresh (RFC 5681 eq. 4)
        timeout(now);
        lostQueue.clear();
        rack.reset();
        retransOut = 0;
        lostOut = 0;
        for (long q = f.sndUna; q < f.highSent; q++) {
            int slot = ring.slot(q);
            ring.rtxOut[slot] = false;
            ring.lost[slot] = !ring.outOfOrder[slot];
            if (ring.lost[slot]) {
                lostOut++;
                lostQueue.add(q);
            }
        }
        recoveryPoint = f.highSent;
        f.timer.backOff();
        f.nextSendTime = now;
        s.bytesInFlight = flight();
        f.event(now, DumbbellResult.EventKind.RTO, flightBefore, f.sndUna + 1, 0, recoveryPoint, true);
        f.lastPhase = s.phase;
        f.trySend(now);
    }
}
