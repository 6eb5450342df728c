package org.wirewise.model.transport;

import static org.wirewise.model.transport.SequenceNumbers.add;
import static org.wirewise.model.transport.SequenceNumbers.lessOrEqual;
import static org.wirewise.model.transport.SequenceNumbers.lessThan;

import java.util.function.Consumer;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;

/**
 * SEGMENT ARRIVES (RFC 9293 §3.10.7), state by state: resets for a closed port, the SYN in
 * LISTEN and SYN-SENT, then the acceptability, RST, SYN, ACK, text and FIN steps of the
 * synchronized states, with TIME-WAIT's 2 × MSL timer.
 */
final class SegmentArrivals {

    private final TransmissionControlBlock tcb;
    private final NegotiatedOptions options;
    private final ReceiveBuffer receiver;
    private final SegmentWriter writer;
    private final RetransmissionQueue retransmission;
    private final Transmitter transmitter;
    private final Consumer<TcpEvent.Kind> abort;
    private TcpTimers.Timer timeWaitTimer;
    private long timeWaitArmedAt;
    private long timeWaitExpiresAt;

    SegmentArrivals(TransmissionControlBlock tcb, NegotiatedOptions options, ReceiveBuffer receiver,
                    SegmentWriter writer, RetransmissionQueue retransmission, Transmitter transmitter,
                    Consumer<TcpEvent.Kind> abort) {
        this.tcb = tcb;
        this.options = options;
        this.receiver = receiver;
        this.writer = writer;
        this.retransmission = retransmission;
        this.transmitter = transmitter;
        this.abort = abort;
    }

    void receive(TcpSegment seg) {
        options.noteTimestamp(seg);
        switch (tcb.state) {
            case CLOSED -> answerClosed(seg);
            case LISTEN -> receiveInListen(seg);
            case SYN_SENT -> receiveInSynSent(seg);
            default -> receiveSynchronized(seg);
        }
    }

    /** The 2 × MSL timer for drawing, or null when it is not running. */
    TcpEndpoint.ActiveTimer activeTimeWaitTimer() {
        return timeWaitTimer == null ? null : new TcpEndpoint.ActiveTimer(TcpEndpoint.ActiveTimer.Kind.TIME_WAIT, timeWaitArmedAt, timeWaitExpiresAt);
    }

    // RFC 9293 §3.10.7.1: everything sent to a closed port is answered with a reset.
    private void answerClosed(TcpSegment seg) {
        if (seg.has(TcpFlags.RST)) {
            return;
        }
        tcb.remotePort = seg.sourcePort();
        if (seg.has(TcpFlags.ACK)) {
            writer.sendReset(seg.acknowledgmentNumber());
        } else {
            writer.sendResetAck(add(seg.sequenceNumber(), segmentLength(seg)));
        }
    }

    // RFC 9293 §3.10.7.2.
    private void receiveInListen(TcpSegment seg) {
        if (seg.has(TcpFlags.RST)) {
            return;
        }
        tcb.remotePort = seg.sourcePort();
        if (seg.has(TcpFlags.ACK)) {
            writer.sendReset(seg.acknowledgmentNumber());
            return;
        }
        if (!seg.has(TcpFlags.SYN)) {
            return;
        }
        acceptSyn(seg);
        tcb.sendFromIss();
        tcb.setState(TcpState.SYN_RECEIVED);
        retransmission.sentSyn();
        writer.sendSynAck();
        retransmission.armTimer();
    }

    // RFC 9293 §3.10.7.3.
    private void receiveInSynSent(TcpSegment seg) {
        boolean ackAcceptable = false;
        if (seg.has(TcpFlags.ACK)) {
            long ack = seg.acknowledgmentNumber();
            if (lessOrEqual(ack, tcb.iss) || lessThan(tcb.sndNxt, ack)) {
                if (!seg.has(TcpFlags.RST)) {
                    writer.sendReset(ack);
                }
                return;
            }
            ackAcceptable = lessOrEqual(tcb.sndUna, ack) && lessOrEqual(ack, tcb.sndNxt);
        }
        if (seg.has(TcpFlags.RST)) {
            if (ackAcceptable) {
                abort.accept(TcpEvent.Kind.RESET); // "error: connection reset" (refused)
            }
            return;
        }
        if (!seg.has(TcpFlags.SYN)) {
            return;
        }
        acceptSyn(seg);
        if (ackAcceptable) {
            retransmission.acknowledge(seg.acknowledgmentNumber());
        }
        if (lessThan(tcb.iss, tcb.sndUna)) {
            tcb.setState(TcpState.ESTABLISHED);
            tcb.sndWl1 = seg.sequenceNumber();
            tcb.sndWl2 = seg.acknowledgmentNumber();
            writer.sendAck();
            transmitter.transmitPending();
        } else {
            // Simultaneous open: both SYNs crossed (RFC 9293 §3.5, Figure 7).
            tcb.setState(TcpState.SYN_RECEIVED);
            writer.sendSynAck();
        }
    }

    /** Records the peer's SYN: its ISN, its options, its (never scaled, RFC 7323 §2.2) window. */
    private void acceptSyn(TcpSegment syn) {
        tcb.irs = syn.sequenceNumber();
        tcb.rcvNxt = add(tcb.irs, 1);
        receiver.open();
        options.negotiate(syn);
        tcb.sndWnd = syn.window();
        tcb.maxSndWnd = Math.max(tcb.maxSndWnd, tcb.sndWnd);
    }

    // RFC 9293 §3.10.7.4: SYN-RECEIVED and the synchronized states.
    private void receiveSynchronized(TcpSegment incoming) {
        TcpSegment seg = trimOldSyn(incoming);
        // First: is the segment acceptable?
        if (!sequenceAcceptable(seg)) {
            if (!seg.has(TcpFlags.RST)) {
                writer.sendAck();
                if (tcb.state == TcpState.TIME_WAIT && seg.has(TcpFlags.FIN)) {
                    // The peer's FIN again: our last ACK was lost. Acknowledge it and restart 2 MSL.
                    enterTimeWait();
                }
            }
            return;
        }
        // Second: RST.
        if (seg.has(TcpFlags.RST)) {
            retransmission.stopTimer();
            transmitter.stopPersist();
            retransmission.clear();
            if (tcb.state == TcpState.SYN_RECEIVED && tcb.passiveOpen) {
                // A reset in SYN-RECEIVED sends a passively opened connection back to LISTEN
                // (§3.10.7.4): the old-duplicate case of §3.5, Figure 8.
                tcb.setState(TcpState.LISTEN);
            } else {
                abort.accept(TcpEvent.Kind.RESET);
            }
            return;
        }
        // Fourth: a SYN in a synchronized state is answered with a challenge ACK (RFC 5961 §4).
        if (seg.has(TcpFlags.SYN)) {
            writer.sendAck();
            return;
        }
        // Fifth: ACK.
        if (!seg.has(TcpFlags.ACK)) {
            return;
        }
        long ack = seg.acknowledgmentNumber();
        long window = (long) seg.window() << options.sendShift;
        if (tcb.state == TcpState.SYN_RECEIVED) {
            if (lessThan(tcb.sndUna, ack) && lessOrEqual(ack, tcb.sndNxt)) {
                tcb.setState(TcpState.ESTABLISHED);
                tcb.updateSendWindow(window, seg.sequenceNumber(), ack);
            } else {
                writer.sendReset(ack);
                return;
            }
        }
        if (lessThan(tcb.sndNxt, ack)) {
            writer.sendAck(); // it acknowledges something not yet sent
            return;
        }
        boolean hasText = seg.payload().length > 0 || seg.has(TcpFlags.FIN);
        retransmission.sack(options.lastSack);
        if (lessThan(tcb.sndUna, ack)) {
            retransmission.acknowledge(ack);
            retransmission.resetDuplicateAcks();
        } else if (ack == tcb.sndUna && !hasText && tcb.sndNxt != tcb.sndUna && window == tcb.sndWnd) {
            retransmission.duplicateAck(ack);
        }
        // Window update (SND.WL1 / SND.WL2 rule of §3.10.7.4).
        if (lessThan(tcb.sndWl1, seg.sequenceNumber())
                || (tcb.sndWl1 == seg.sequenceNumber() && lessOrEqual(tcb.sndWl2, ack))) {
            tcb.updateSendWindow(window, seg.sequenceNumber(), ack);
        }
        if (tcb.sndWnd > 0) {
            transmitter.stopPersist();
        }
        // A FIN that also acknowledges ours takes FIN-WAIT-1 straight to TIME-WAIT (Figure 5);
        // the eighth step below sees both at once.
        boolean finInOrder = seg.has(TcpFlags.FIN) && seg.sequenceNumber() == tcb.rcvNxt;
        if (!(tcb.state == TcpState.FIN_WAIT_1 && finInOrder)) {
            finAcknowledged();
        }
        if (tcb.state == TcpState.CLOSED) {
            return;
        }
        // Seventh: segment text; eighth: FIN.
        if (hasText) {
            receiveText(seg);
        }
        transmitter.transmitPending();
    }

    private void finAcknowledged() {
        if (!ourFinAcknowledged()) {
            return;
        }
        switch (tcb.state) {
            case FIN_WAIT_1 -> tcb.setState(TcpState.FIN_WAIT_2);
            case CLOSING -> enterTimeWait();
            case LAST_ACK -> {
                retransmission.stopTimer();
                tcb.setState(TcpState.CLOSED);
            }
            default -> { }
        }
    }

    private boolean ourFinAcknowledged() {
        return transmitter.finSent() && tcb.sndUna == tcb.sndNxt;
    }

    private void receiveText(TcpSegment seg) {
        if (tcb.state == TcpState.TIME_WAIT) {
            if (seg.has(TcpFlags.FIN)) {
                writer.sendAck(); // the retransmitted FIN: acknowledge again and restart 2 MSL
                enterTimeWait();
            }
            return;
        }
        boolean acceptsData = tcb.state == TcpState.ESTABLISHED || tcb.state == TcpState.FIN_WAIT_1
                || tcb.state == TcpState.FIN_WAIT_2;
        if (!acceptsData) {
            // CLOSE-WAIT, CLOSING, LAST-ACK: the peer's FIN was already received; a retransmission of it.
            writer.sendAck();
            return;
        }
        if (receiver.take(seg)) {
            receiveFin();
            return;
        }
        writer.sendAck();
    }

    // Eighth step of §3.10.7.4: the FIN.
    private void receiveFin() {
        receiver.consumeFin();
        writer.sendAck();
        switch (tcb.state) {
            case SYN_RECEIVED, ESTABLISHED -> tcb.setState(TcpState.CLOSE_WAIT);
            case FIN_WAIT_1 -> {
                if (ourFinAcknowledged()) {
                    enterTimeWait(); // the FIN also acknowledged ours
                } else {
                    tcb.setState(TcpState.CLOSING); // simultaneous close
                }
            }
            case FIN_WAIT_2 -> enterTimeWait();
            default -> { }
        }
    }

    private void enterTimeWait() {
        retransmission.stopTimer();
        transmitter.stopPersist();
        if (timeWaitTimer != null) {
            timeWaitTimer.cancel();
        }
        tcb.setState(TcpState.TIME_WAIT);
        long twoMsl = 2 * tcb.tuning.msl();
        timeWaitArmedAt = tcb.now();
        timeWaitExpiresAt = timeWaitArmedAt + twoMsl;
        timeWaitTimer = tcb.timers.start(twoMsl, () -> {
            timeWaitTimer = null;
            tcb.setState(TcpState.CLOSED);
        });
    }

    /**
     * A SYN we have already acknowledged lies just before RCV.NXT. RFC 9293 §3.10.7.4 lets a
     * receiver trim what lies outside the window, SYN included; what is left starts at RCV.NXT.
     * This is what lets a simultaneous open end in ESTABLISHED on both sides (§3.5, Figure 7).
     */
    private TcpSegment trimOldSyn(TcpSegment seg) {
        if (!seg.has(TcpFlags.SYN) || seg.sequenceNumber() != add(tcb.rcvNxt, -1)) {
            return seg;
        }
        return new TcpSegment(seg.sourcePort(), seg.destinationPort(), tcb.rcvNxt, seg.acknowledgmentNumber(),
                seg.flags() & ~TcpFlags.SYN, seg.window(), seg.urgentPointer(), seg.options(), seg.payload());
    }

    // RFC 9293 §3.10.7.4, first step: the four cases of the acceptability test.
    private boolean sequenceAcceptable(TcpSegment seg) {
        long len = segmentLength(seg);
        long wnd = receiver.window();
        long seq = seg.sequenceNumber();
        boolean startsInWindow = lessOrEqual(tcb.rcvNxt, seq) && lessThan(seq, add(tcb.rcvNxt, wnd));
        if (len == 0) {
            return wnd == 0 ? seq == tcb.rcvNxt : startsInWindow;
        }
        if (wnd == 0) {
            return false;
        }
        long last = add(seq, len - 1);
        return startsInWindow || (lessOrEqual(tcb.rcvNxt, last) && lessThan(last, add(tcb.rcvNxt, wnd)));
    }

    private static long segmentLength(TcpSegment seg) {
        return seg.payload().length + (seg.has(TcpFlags.SYN) ? 1 : 0) + (seg.has(TcpFlags.FIN) ? 1 : 0);
    }
}
