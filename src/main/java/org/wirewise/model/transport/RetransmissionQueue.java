package org.wirewise.model.transport;

import static org.wirewise.model.transport.SequenceNumbers.add;
import static org.wirewise.model.transport.SequenceNumbers.distance;
import static org.wirewise.model.transport.SequenceNumbers.lessOrEqual;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.transport.ProportionalRateReduction;
import org.wirewise.model.packet.SackBlock;

/**
 * Segments sent and not yet acknowledged, and what happens when they are late or lost: the
 * retransmission timer of RFC 6298 with Karn's rule (and RFC 7323 §4's timestamp samples), and the
 * congestion window of RFC 5681 with fast retransmit; recovery is NewReno (RFC 6582) without SACK
 * and, when SACK was negotiated, RFC 6675's scoreboard with PRR (RFC 6937), as Linux does.
 */
final class RetransmissionQueue {

    /** RFC 6298 §5.7's 3 s, Linux's TCP_TIMEOUT_FALLBACK: the RTO when the handshake gave no sample. */
    static final long FALLBACK_RTO = 3_000_000_000L;
    /** RFC 6928, Linux's TCP_INIT_CWND: ten segments. */
    static final int INITIAL_WINDOW_SEGMENTS = 10;

    private final TransmissionControlBlock tcb;
    private final NegotiatedOptions options;
    private final SegmentWriter writer;
    private final SendBuffer buffer;
    private final RtoEstimator rto;
    private final Consumer<TcpEvent.Kind> abort;
    private final List<SentSegment> unacked = new ArrayList<>();
    private final SackScoreboard scoreboard = new SackScoreboard(unacked);
    private final ProportionalRateReduction prr = new ProportionalRateReduction();
    private final RetransmitTimer timer;
    private int retransmissionsOfHead;
    private int synRetransmissions;
    private HandshakeRtt handshakeRtt;
    private int duplicateAcks;
    private long cwnd;
    private long ssthresh = Long.MAX_VALUE / 4;
    private boolean inRecovery;
    private boolean afterTimeout;
    private long recover;

    RetransmissionQueue(TransmissionControlBlock tcb, NegotiatedOptions options, SegmentWriter writer,
                        SendBuffer buffer, RtoEstimator rto, Consumer<TcpEvent.Kind> abort) {
        this.tcb = tcb;
        this.options = options;
        this.writer = writer;
        this.buffer = buffer;
        this.rto = rto;
        this.abort = abort;
        this.timer = new RetransmitTimer(tcb, rto, this::timeout);
        // Until the SYNs agree on options this is the MSS we offer; set again once established.
        this.cwnd = (long) INITIAL_WINDOW_SEGMENTS * tcb.config.mss();
    }

    long congestionWindow() {
        return cwnd;
    }

    long slowStartThreshold() {
        return ssthresh;
    }

    /** How the RTO was set when our SYN was acknowledged, or null before that. */
    HandshakeRtt handshakeRtt() {
        return handshakeRtt;
    }

    boolean isEmpty() {
        return unacked.isEmpty();
    }

    void clear() {
        unacked.clear();
    }

    private long mss() {
        return options.sendMss();
    }

    private boolean sackRecovery() {
        return options.sackOn;
    }

    /** Our SYN (or SYN-ACK) at ISS went out. */
    void sentSyn() {
        unacked.add(new SentSegment(tcb.iss, 1, true, false, -1, 0, tcb.now()));
    }

    /** Bytes [offset, offset + length) of the stream went out at {@code seq}. */
    void sentData(long seq, long offset, int length) {
        unacked.add(new SentSegment(seq, length, false, false, offset, length, tcb.now()));
        if (inRecovery) {
            prr.sent(length);
        }
    }

    void sentFin(long seq) {
        unacked.add(new SentSegment(seq, 1, false, true, -1, 0, tcb.now()));
    }

    /** The SACK blocks of an arriving ACK mark the scoreboard (RFC 6675 §5 "Update()"). */
    void sack(List<SackBlock> blocks) {
        if (sackRecovery()) {
            scoreboard.mark(blocks);
        }
    }

    /**
     * The data the sender may still put in flight: without SACK all it sent and has not had
     * acknowledged; with SACK, RFC 6675's pipe.
     */
    long pipe() {
        return sackRecovery() ? scoreboard.pipe(mss()) : distance(tcb.sndUna, tcb.sndNxt);
    }

    /** SND.UNA moves up to {@code ack}: drop acknowledged segments, sample the RTT, manage the timer. */
    void acknowledge(long ack) {
        long dataBefore = buffer.acked();
        long advanced = distance(tcb.sndUna, ack);
        long sackedRemoved = 0;
        boolean first = true;
        boolean synAcked = false;
        for (Iterator<SentSegment> it = unacked.iterator(); it.hasNext(); ) {
            SentSegment s = it.next();
            if (!lessOrEqual(s.end(), ack)) {
                break;
            }
            if (first) {
                sampleRtt(s);
            }
            first = false;
            synAcked |= s.syn;
            sackedRemoved += s.sacked ? s.length : 0;
            if (s.dataLength > 0) {
                buffer.markAcked(s.dataOffset + s.dataLength);
            }
            it.remove();
        }
        tcb.sndUna = ack;
        retransmissionsOfHead = 0;
        if (synAcked) {
            startTransfer();
        }
        long mss = mss();
        long newlyAcked = buffer.acked() - dataBefore; // a SYN's or FIN's sequence number does not grow cwnd
        if (inRecovery) {
            long delivered = advanced - sackedRemoved + scoreboard.takeNewlySacked();
            if (lessOrEqual(recover, ack)) {
                inRecovery = false;
                // RFC 6582 §3.2 step 3 and RFC 6937: full acknowledgment leaves cwnd at ssthresh;
                // after a timeout slow start simply goes on (Linux leaves the Loss state so).
                cwnd = afterTimeout ? cwnd + Math.min(newlyAcked, mss) : ssthresh;
                afterTimeout = false;
            } else if (afterTimeout) {
                cwnd += Math.min(newlyAcked, mss); // slow start again from the loss window
                if (!sackRecovery()) {
                    retransmitHeadAfterPartialAck();
                }
            } else if (sackRecovery()) {
                cwnd = prr.onAck(delivered, pipe(), ssthresh, mss);
            } else {
                // Partial ACK: the next hole was lost too; retransmit it at once (RFC 6582 §3.2).
                cwnd = Math.max(mss, cwnd - newlyAcked + mss);
                retransmitHeadAfterPartialAck();
            }
        } else if (newlyAcked > 0 && cwnd < ssthresh) {
            cwnd += Math.min(newlyAcked, mss); // slow start (RFC 5681 §3.1)
        } else if (newlyAcked > 0) {
            cwnd += Math.max(1, mss * mss / cwnd); // congestion avoidance
        }
        if (unacked.isEmpty()) {
            stopTimer(); // RFC 6298 §5.2
        } else {
            restartTimer(); // RFC 6298 §5.3
        }
    }

    private void retransmitHeadAfterPartialAck() {
        if (!unacked.isEmpty()) {
            tcb.report(TcpEvent.Kind.PARTIAL_ACK_RETRANSMIT, unacked.get(0).seq, 0);
            retransmit(unacked.get(0));
        }
    }

    /**
     * Karn's rule (RFC 6298 §3): no sample from a segment sent more than once, unless its ACK
     * echoes the timestamp of the copy that arrived (RFC 7323 §4), which Linux then uses.
     */
    private void sampleRtt(SentSegment s) {
        long sample = -1;
        HandshakeRtt how = null;
        if (!s.retransmitted) {
            sample = tcb.now() - s.sentAt;
            how = HandshakeRtt.MEASURED;
        } else if (options.timestampsOn && options.lastTsEcr >= 0) {
            long ticks = (writer.timestampClock() - options.lastTsEcr) & 0xFFFF_FFFFL;
            sample = ticks * 1_000_000L;
            how = HandshakeRtt.TIMESTAMP_ECHO;
        }
        if (sample >= 0) {
            rto.sample(sample);
            tcb.report(TcpEvent.Kind.RTT_SAMPLE, s.seq, sample);
        }
        if (s.syn) {
            handshakeRtt = how;
        }
    }

    /**
     * Our SYN was acknowledged: data may flow. Linux's tcp_init_transfer: ten segments of the
     * effective MSS, but one after more than one SYN retransmission (RFC 5681 §3.1); and with no
     * RTT sample, the 3 s RTO of RFC 6298 §5.7 (tcp_init_metrics).
     */
    private void startTransfer() {
        cwnd = (synRetransmissions > 1 ? 1L : INITIAL_WINDOW_SEGMENTS) * mss();
        if (handshakeRtt == null) {
            handshakeRtt = HandshakeRtt.FALLBACK;
            rto.reinitialise(FALLBACK_RTO);
        }
    }

    /** An ACK that moved SND.UNA ends a run of duplicates. */
    void resetDuplicateAcks() {
        duplicateAcks = 0;
    }

    // RFC 5681 §3.2: the third duplicate ACK means a segment was lost, not merely reordered;
    // with SACK, RFC 6675 §5 also enters recovery once the first segment counts as lost.
    void duplicateAck(long ack) {
        duplicateAcks++;
        tcb.report(TcpEvent.Kind.DUPLICATE_ACK, ack, duplicateAcks);
        long mss = mss();
        long delivered = scoreboard.takeNewlySacked();
        boolean lost = duplicateAcks >= 3 || sackRecovery() && !unacked.isEmpty() && scoreboard.isLost(0, mss);
        if (lost && !inRecovery && !unacked.isEmpty()) {
            long flight = distance(tcb.sndUna, tcb.sndNxt);
            ssthresh = Math.max(flight / 2, 2 * mss);
            inRecovery = true;
            recover = tcb.sndNxt;
            tcb.report(TcpEvent.Kind.FAST_RETRANSMIT, unacked.get(0).seq, flight);
            if (sackRecovery()) {
                prr.start(cwnd);
                SentSegment head = unacked.get(0);
                retransmit(head);
                prr.sent(head.length);
                cwnd = prr.onAck(delivered, pipe(), ssthresh, mss);
            } else {
                retransmit(unacked.get(0));
                cwnd = ssthresh + 3 * mss;
            }
            restartTimer();
        } else if (inRecovery && !afterTimeout) {
            if (sackRecovery()) {
                cwnd = prr.onAck(delivered, pipe(), ssthresh, mss);
            } else {
                cwnd += mss; // each further duplicate means one more segment has left the network
            }
        }
    }

    /**
     * RFC 6675 NextSeg rule 1: resends lost segments, oldest first, while the window has room
     * (cwnd − pipe ≥ one segment). Called before new data is sent. Without SACK, does nothing.
     */
    void retransmitLost() {
        if (!sackRecovery() || !inRecovery) {
            return;
        }
        long mss = mss();
        SentSegment s;
        while (cwnd - pipe() >= Math.min(mss, nextLostLength(mss)) && (s = scoreboard.nextLost(mss)) != null) {
            retransmit(s);
            prr.sent(s.length);
            tcb.report(TcpEvent.Kind.SACK_RETRANSMIT, s.seq, s.length);
        }
    }

    private long nextLostLength(long mss) {
        SentSegment s = scoreboard.nextLost(mss);
        return s == null ? Long.MAX_VALUE : s.length;
    }

    private void retransmit(SentSegment s) {
        s.retransmitted = true;
        s.retransmittedSinceLoss = true;
        if (s.syn) {
            if (tcb.state == TcpState.SYN_SENT) {
                writer.sendSyn();
            } else {
                writer.sendSynAck();
            }
        } else if (s.fin) {
            writer.sendFin(s.seq);
        } else {
            writer.sendData(s.seq, buffer.slice(s.dataOffset, s.dataLength), buffer.isEnd(s.dataOffset + s.dataLength));
        }
    }
    /** Starts the retransmission timer unless it already runs (RFC 6298 §5.1). */
    void armTimer() {
        timer.arm();
    }

    private void restartTimer() {
        timer.restart();
    }

    void stopTimer() {
        timer.stop();
    }

    /** The retransmission timer for drawing, or null when it is not running. */
    TcpEndpoint.ActiveTimer activeTimer() {
        return timer.active();
    }

    // RFC 6298 §5.4–5.7.
    private void timeout() {
        if (unacked.isEmpty()) {
            return;
        }
        SentSegment head = unacked.get(0);
        int limit = head.syn ? tcb.tuning.synRetries() : tcb.tuning.retries();
        if (retransmissionsOfHead >= limit) {
            abort.accept(TcpEvent.Kind.GAVE_UP);
            return;
        }
        retransmissionsOfHead++;
        long mss = mss();
        if (head.syn) {
            synRetransmissions++;
        } else {
            ssthresh = Math.max(distance(tcb.sndUna, tcb.sndNxt) / 2, 2 * mss); // RFC 5681 §3.1, equation (4)
            cwnd = mss; // the loss window
            inRecovery = true;
            afterTimeout = true;
            recover = tcb.sndNxt;
            scoreboard.markAllLost();
        }
        duplicateAcks = 0;
        rto.backOff();
        tcb.report(TcpEvent.Kind.TIMEOUT, head.seq, rto.rto());
        retransmit(head);
        timer.start();
    }
}
