package org.wirewise.model.congestion;

/**
 * Loss recovery without SACK: RFC 5681 §3.2's three duplicate ACKs, then Reno's fast recovery,
 * RFC 6582's NewReno (one hole per round trip, partial ACKs) or Tahoe's restart; after an RTO,
 * go-back-N from the first unacknowledged segment.
 */
final class DupAckRecovery extends LossRecovery {

    private int dupAcks;
    private boolean inRecovery;
    /** RFC 6582's "recover": the highest segment sent when recovery (or the timeout) began. */
    private long recoverNext = -1;

    DupAckRecovery(FlowRun f) {
        super(f);
    }

    @Override
    boolean windowOpen() {
        return (f.sndNxt - f.sndUna + 1) * s.mss <= s.cwnd;
    }

    @Override
    long nextSegment() {
        return f.sndNxt++;
    }

    /** snd.nxt − snd.una. */
    @Override
    long flight() {
        return (f.sndNxt - f.sndUna) * s.mss;
    }

    /** RFC 5681 §3.2 and RFC 6582 §3.2. */
    @Override
    void onAck(long ack, boolean fresh, int heldChange, long now) {
        if (ack > f.sndUna) {
            long acked = (ack - f.sndUna) * s.mss;
            long flightBefore = (f.sndNxt - f.sndUna) * s.mss;
            f.rs.ackedBytes = acked;
            f.sndUna = ack;
            if (f.sndNxt < f.sndUna) {
                f.sndNxt = f.sndUna;
            }
            s.bytesInFlight = (f.sndNxt - f.sndUna) * s.mss;
            dupAcks = 0;
            if (s.caState == SenderState.CaState.LOSS && ack >= recoverNext) {
                s.caState = SenderState.CaState.OPEN; // everything sent before the timeout is acknowledged
            }
            if (inRecovery) {
                if (cc.recovery() == CongestionControl.Recovery.RENO || ack >= recoverNext) {
                    // RFC 5681 §3.2 step 6 (Reno: the first ACK of new data ends recovery) / RFC 6582
                    // §3.2 step 3 (NewReno: the full ACK). Step 3 allows cwnd = min(ssthresh,
                    // max(FlightSize, SMSS) + SMSS) or cwnd = ssthresh; this simulator takes the
                    // second option, as RFC 5681 §3.2 step 6 does for Reno ("deflating" the window).
                    inRecovery = false;
                    s.caState = SenderState.CaState.OPEN;
                    if (!cc.modelBased()) {
                        s.cwnd = s.ssthresh;
                        s.phase = Phase.CONGESTION_AVOIDANCE;
                    }
                } else {
                    // RFC 6582 §3.2 step 4: a partial ACK. Retransmit the first unacknowledged segment,
                    // deflate cwnd by the amount newly acknowledged and add back one SMSS if that was at
                    // least one SMSS (step 5 of RFC 6582 §3.2 for the sending), and send new data if
                    // cwnd allows. The retransmission timer restarts on every partial ACK, as on any
                    // ACK of new data (RFC 6298 §5.3) and as Linux does: RFC 6582 §4 calls this the
                    // "Slow-but-Steady" variant. §3.2 itself restarts it on the first partial ACK only
                    // ("Impatient"), which turns a recovery of more holes than RTO / RTT into a timeout.
                    f.transmit(f.sndUna, now);
                    if (!cc.modelBased()) {
                        s.cwnd = Math.max(s.mss, s.cwnd - acked + (acked >= s.mss ? s.mss : 0));
                    }
                    f.event(now, DumbbellResult.EventKind.PARTIAL_ACK, flightBefore, f.sndUna + 1, acked, recoverNext,
                            true);
                }
            } else {
                cc.onAck(s, acked, now);
            }
            if (cc.modelBased()) {
                f.rs.losses = pendingLosses;
                pendingLosses = 0;
                cc.onRateSample(s, f.rs, now);
            }
            if (f.sndNxt == f.sndUna) {
                f.timer.rtoAt = -1;
            } else {
                f.timer.arm(now); // RFC 6298 §5.3, partial ACKs included
            }
            f.endRound(ack, f.sndNxt, now);
        } else if (ack == f.sndUna && f.sndNxt > f.sndUna) {
            dupAcks++;
            if (!inRecovery && dupAcks == 3 && (cc.recovery() != CongestionControl.Recovery.NEWRENO
                    || ack > recoverNext)) {
                enterRecovery(now);
            } else if (inRecovery) {
                if (!cc.modelBased()) {
                    s.cwnd += s.mss; // RFC 5681 §3.2 step 4: each further duplicate ACK inflates cwnd
                }
            }
        }
        f.notePhaseChange(now);
        f.trySend(now);
    }

    /** Three duplicate ACKs: RFC 5681 §3.2 steps 2-3 (Tahoe: RFC 5681 §3.1's restart). */
    private void enterRecovery(long now) {
        s.bytesInFlight = (f.sndNxt - f.sndUna) * s.mss;
        long flightBefore = s.bytesInFlight;
        s.priorCwnd = s.cwnd;
        cc.onCongestionEvent(s, now);
        recoverNext = f.sndNxt; // RFC 6582 §3.2 step 2: recover = the highest sequence number sent
        if (cc.recovery() == CongestionControl.Recovery.TAHOE) {
            s.ssthresh = cc.ssthreshAfterLoss(s);
            s.cwnd = s.mss;
            s.phase = Phase.SLOW_START;
            f.sndNxt = f.sndUna;
            s.bytesInFlight = 0;
            f.event(now, DumbbellResult.EventKind.FAST_RETRANSMIT, flightBefore, f.sndUna + 1, 0, recoverNext, false);
            f.transmit(f.sndNxt++, now);
            return;
        }
        inRecovery = true;
        s.caState = SenderState.CaState.RECOVERY;
        if (!cc.modelBased()) {
            s.ssthresh = cc.ssthreshAfterLoss(s); // RFC 5681 eq. 4
            s.cwnd = s.ssthresh + 3L * s.mss;     // RFC 5681 §3.2 step 3
            s.phase = Phase.FAST_RECOVERY;
        } else {
            pendingLosses++;
        }
        f.event(now, DumbbellResult.EventKind.FAST_RETRANSMIT, flightBefore, f.sndUna + 1, 0, recoverNext, false);
        f.transmit(f.sndUna, now);
    }

    /** RFC 6298 §5.4-5.6 and RFC 5681 §3.1: retransmit the earliest segment, back off, cwnd = 1 SMSS. */
    @Override
    void onTimeout(long now) {
        s.bytesInFlight = (f.sndNxt - f.sndUna) * s.mss;
        long flightBefore = s.bytesInFlight;
        timeout(now);
        recoverNext = f.sndNxt;
        inRecovery = false;
        dupAcks = 0;
        f.sndNxt = f.sndUna; // go back N: everything unacknowledged is sent again
        s.bytesInFlight = 0;
        f.timer.backOff();
        f.nextSendTime = now;
        f.event(now, DumbbellResult.EventKind.RTO, flightBefore, f.sndUna + 1, 0, recoverNext, true);
        f.lastPhase = s.phase;
        f.transmit(f.sndNxt++, now);
        f.trySend(now);
    }
}
