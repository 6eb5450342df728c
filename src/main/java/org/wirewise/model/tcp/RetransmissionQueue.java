package org.wirewise.model.tcp;

import static org.wirewise.model.tcp.SequenceNumbers.add;
import static org.wirewise.model.tcp.SequenceNumbers.distance;
import static org.wirewise.model.tcp.SequenceNumbers.lessOrEqual;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Segments sent and not yet acknowledged, and what happens when they are late or lost: the
 * retransmission timer of RFC 6298 with Karn's rule, and the congestion window of RFC 5681 with
 * fast retransmit and NewReno recovery (RFC 6582).
 */
final class RetransmissionQueue {

    private final TransmissionControlBlock tcb;
    private final SegmentWriter writer;
    private final SendBuffer buffer;
    private final RtoEstimator rto;
    private final Consumer<TcpEvent.Kind> abort;
    private final List<Sent> unacked = new ArrayList<>();
    private TcpTimers.Timer retransmitTimer;
    private long retransmitArmedAt;
    private long retransmitExpiresAt;
    private int retransmissionsOfHead;
    private int duplicateAcks;
    private long cwnd;
    private long ssthresh = Long.MAX_VALUE / 4;
    private boolean inRecovery;
    private long recover;

    RetransmissionQueue(TransmissionControlBlock tcb, SegmentWriter writer, SendBuffer buffer, RtoEstimator rto,
                        Consumer<TcpEvent.Kind> abort) {
        this.tcb = tcb;
        this.writer = writer;
        this.buffer = buffer;
        this.rto = rto;
        this.abort = abort;
        this.cwnd = 10L * tcb.config.mss(); // RFC 6928: an initial window of ten segments, as Linux uses
    }

    long congestionWindow() {
        return cwnd;
    }

    boolean isEmpty() {
        return unacked.isEmpty();
    }

    void clear() {
        unacked.clear();
    }

    /** Our SYN (or SYN-ACK) at ISS went out. */
    void sentSyn() {
        unacked.add(new Sent(tcb.iss, 1, true, false, -1, 0, tcb.now()));
    }

    /** Bytes [offset, offset + length) of the stream went out at {@code seq}. */
    void sentData(long seq, long offset, int length) {
        unacked.add(new Sent(seq, length, false, false, offset, length, tcb.now()));
    }

    void sentFin(long seq) {
        unacked.add(new Sent(seq, 1, false, true, -1, 0, tcb.now()));
    }

    /** SND.UNA moves up to {@code ack}: drop acknowledged segments, sample the RTT, manage the timer. */
    void acknowledge(long ack) {
        long dataBefore = buffer.acked();
        boolean first = true;
        for (Iterator<Sent> it = unacked.iterator(); it.hasNext(); ) {
            Sent s = it.next();
            if (!lessOrEqual(add(s.seq, s.length), ack)) {
                break;
            }
            if (first && !s.retransmitted) {
                // Karn's rule (RFC 6298 §3): no sample from a segment that was sent more than once.
                long sample = tcb.now() - s.sentAt;
                rto.sample(sample);
                tcb.report(TcpEvent.Kind.RTT_SAMPLE, s.seq, sample);
            }
            first = false;
            if (s.dataLength > 0) {
                buffer.markAcked(s.dataOffset + s.dataLength);
            }
            it.remove();
        }
        tcb.sndUna = ack;
        retransmissionsOfHead = 0;
        long mss = tcb.config.mss();
        long newlyAcked = buffer.acked() - dataBefore; // a SYN's or FIN's sequence number does not grow cwnd
        if (inRecovery) {
            if (lessOrEqual(recover, ack)) {
                inRecovery = false;
                cwnd = ssthresh; // RFC 6582 §3.2 step 3: full acknowledgment deflates the window
            } else {
                // Partial ACK: the next hole was lost too; retransmit it at once (RFC 6582 §3.2).
                cwnd = Math.max(mss, cwnd - newlyAcked + mss);
                if (!unacked.isEmpty()) {
                    tcb.report(TcpEvent.Kind.PARTIAL_ACK_RETRANSMIT, unacked.get(0).seq, 0);
                    retransmit(unacked.get(0));
                }
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

    /** An ACK that moved SND.UNA ends a run of duplicates. */
    void resetDuplicateAcks() {
        duplicateAcks = 0;
    }

    // RFC 5681 §3.2: the third duplicate ACK means a segment was lost, not merely reordered.
    void duplicateAck(long ack) {
        duplicateAcks++;
        tcb.report(TcpEvent.Kind.DUPLICATE_ACK, ack, duplicateAcks);
        long mss = tcb.config.mss();
        if (duplicateAcks == 3 && !inRecovery && !unacked.isEmpty()) {
            long flight = distance(tcb.sndUna, tcb.sndNxt);
            ssthresh = Math.max(flight / 2, 2 * mss);
            inRecovery = true;
            recover = tcb.sndNxt;
            tcb.report(TcpEvent.Kind.FAST_RETRANSMIT, unacked.get(0).seq, 0);
            retransmit(unacked.get(0));
            restartTimer();
            cwnd = ssthresh + 3 * mss;
        } else if (inRecovery) {
            cwnd += mss; // each further duplicate means one more segment has left the network
        }
    }

    private void retransmit(Sent s) {
        s.retransmitted = true;
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
        if (retransmitTimer == null) {
            startTimer();
        }
    }

    private void restartTimer() {
        stopTimer();
        startTimer();
    }

    private void startTimer() {
        long timeout = rto.rto();
        retransmitArmedAt = tcb.now();
        retransmitExpiresAt = retransmitArmedAt + timeout;
        retransmitTimer = tcb.timers.start(timeout, this::timeout);
    }

    void stopTimer() {
        if (retransmitTimer != null) {
            retransmitTimer.cancel();
            retransmitTimer = null;
        }
    }

    /** The retransmission timer for drawing, or null when it is not running. */
    TcpEndpoint.ActiveTimer activeTimer() {
        if (retransmitTimer == null) {
            return null;
        }
        boolean opening = tcb.state == TcpState.SYN_SENT || tcb.state == TcpState.SYN_RECEIVED;
        return new TcpEndpoint.ActiveTimer(opening ? "SYN RTO" : "RTO", retransmitArmedAt, retransmitExpiresAt);
    }

    // RFC 6298 §5.4–5.7.
    private void timeout() {
        retransmitTimer = null;
        if (unacked.isEmpty()) {
            return;
        }
        Sent head = unacked.get(0);
        int limit = head.syn ? tcb.tuning.synRetries() : tcb.tuning.retries();
        if (retransmissionsOfHead >= limit) {
            abort.accept(TcpEvent.Kind.GAVE_UP);
            return;
        }
        retransmissionsOfHead++;
        long mss = tcb.config.mss();
        if (!head.syn) {
            ssthresh = Math.max(distance(tcb.sndUna, tcb.sndNxt) / 2, 2 * mss); // RFC 5681 §3.1, equation (4)
            cwnd = mss; // the loss window
            inRecovery = true;
            recover = tcb.sndNxt;
        }
        duplicateAcks = 0;
        rto.backOff();
        tcb.report(TcpEvent.Kind.TIMEOUT, head.seq, rto.rto());
        retransmit(head);
        startTimer();
    }

    /** A segment sent and not yet acknowledged, kept for retransmission and RTT sampling. */
    private static final class Sent {
        final long seq;
        final int length;
        final boolean syn;
        final boolean fin;
        final long dataOffset;
        final int dataLength;
        final long sentAt;
        boolean retransmitted;

        Sent(long seq, int length, boolean syn, boolean fin, long dataOffset, int dataLength, long sentAt) {
            this.seq = seq;
            this.length = length;
            this.syn = syn;
            this.fin = fin;
            this.dataOffset = dataOffset;
            this.dataLength = dataLength;
            this.sentAt = sentAt;
        }
    }
}
