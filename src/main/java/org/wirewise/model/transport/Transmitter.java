package org.wirewise.model.transport;

import static org.wirewise.model.transport.SequenceNumbers.add;
import static org.wirewise.model.transport.SequenceNumbers.distance;

/**
 * The send side of one endpoint: cuts the send buffer into segments as the peer's window and the
 * congestion window allow, sends the FIN once the data has gone, and probes a closed window with
 * the persist timer.
 */
final class Transmitter {

    private final TransmissionControlBlock tcb;
    private final NegotiatedOptions options;
    private final SegmentWriter writer;
    private final SendBuffer buffer;
    private final RetransmissionQueue retransmission;
    private final RtoEstimator rto;
    private boolean closeRequested;
    private boolean finSent;
    private TcpTimers.Timer persistTimer;
    private long persistArmedAt;
    private long persistExpiresAt;
    private long persistInterval;

    Transmitter(TransmissionControlBlock tcb, NegotiatedOptions options, SegmentWriter writer, SendBuffer buffer,
                RetransmissionQueue retransmission, RtoEstimator rto) {
        this.tcb = tcb;
        this.options = options;
        this.writer = writer;
        this.buffer = buffer;
        this.retransmission = retransmission;
        this.rto = rto;
    }

    boolean closeRequested() {
        return closeRequested;
    }

    /** CLOSE was called: the FIN follows the data already queued. */
    void requestClose() {
        closeRequested = true;
    }

    boolean finSent() {
        return finSent;
    }

    /** Sends what the windows allow: new data, then the FIN once all data has gone. */
    void transmitPending() {
        if (!tcb.state.isSynchronized() || tcb.state == TcpState.TIME_WAIT || finSent) {
            return;
        }
        retransmission.retransmitLost();
        while (buffer.unsent() > 0) {
            // Linux's tcp_current_mss: SACK blocks this segment carries take room from its data.
            long mss = options.sendMss() - writer.sackOptionBytes();
            long inFlight = distance(tcb.sndUna, tcb.sndNxt);
            long usable = Math.min(tcb.sndWnd - inFlight, retransmission.congestionWindow() - retransmission.pipe());
            long available = buffer.unsent();
            long len = Math.min(Math.min(mss, available), usable);
            if (len <= 0) {
                break;
            }
            // Sender silly-window avoidance (RFC 9293 §3.8.6.2.1): a full segment, or all that is
            // left, or at least half the largest window the peer ever offered.
            if (len < mss && len < available && len < tcb.maxSndWnd / 2) {
                break;
            }
            long seq = tcb.sndNxt;
            long offset = buffer.sent();
            byte[] data = buffer.slice(offset, (int) len);
            retransmission.sentData(seq, offset, (int) len);
            buffer.markSent(len);
            tcb.sndNxt = add(tcb.sndNxt, len);
            writer.sendData(seq, data, buffer.isEnd(buffer.sent()));
            retransmission.armTimer();
        }
        if (buffer.unsent() > 0 && tcb.sndWnd == 0 && retransmission.isEmpty()) {
            armPersist();
        }
        if (closeRequested && !finSent && buffer.unsent() == 0) {
            finSent = true;
            long seq = tcb.sndNxt;
            retransmission.sentFin(seq);
            tcb.sndNxt = add(tcb.sndNxt, 1);
            writer.sendFin(seq);
            retransmission.armTimer();
        }
    }

    // RFC 9293 §3.8.6.1: a zero window is probed until it opens, backing off like the RTO.
    private void armPersist() {
        if (persistTimer != null) {
            return;
        }
        if (persistInterval == 0) {
            persistInterval = rto.rto();
        }
        persistArmedAt = tcb.now();
        persistExpiresAt = persistArmedAt + persistInterval;
        persistTimer = tcb.timers.start(persistInterval, () -> {
            persistTimer = null;
            // Linux probes with a segment one below SND.UNA (tcp_xmit_probe_skb): an old sequence
            // number the receiver must answer with an ACK that carries its current window.
            tcb.report(TcpEvent.Kind.ZERO_WINDOW_PROBE, add(tcb.sndUna, -1), persistInterval);
            writer.sendData(add(tcb.sndUna, -1), new byte[0], false);
            persistInterval = Math.min(RtoEstimator.MAX_RTO, persistInterval * 2);
            armPersist();
        });
    }

    void stopPersist() {
        if (persistTimer != null) {
            persistTimer.cancel();
            persistTimer = null;
        }
        persistInterval = 0;
    }

    /** The persist timer for drawing, or null when it is not running. */
    TcpEndpoint.ActiveTimer activePersistTimer() {
        return persistTimer == null ? null : new TcpEndpoint.ActiveTimer(TcpEndpoint.ActiveTimer.Kind.PERSIST, persistArmedAt, persistExpiresAt);
    }
}
