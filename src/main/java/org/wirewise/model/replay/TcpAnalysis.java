package org.wirewise.model.replay;

import static org.wirewise.model.replay.TcpAnalysisFlag.ACKED_UNSEEN_SEGMENT;
import static org.wirewise.model.replay.TcpAnalysisFlag.DUPLICATE_ACK;
import static org.wirewise.model.replay.TcpAnalysisFlag.FAST_RETRANSMISSION;
import static org.wirewise.model.replay.TcpAnalysisFlag.KEEP_ALIVE;
import static org.wirewise.model.replay.TcpAnalysisFlag.KEEP_ALIVE_ACK;
import static org.wirewise.model.replay.TcpAnalysisFlag.LOST_SEGMENT;
import static org.wirewise.model.replay.TcpAnalysisFlag.OUT_OF_ORDER;
import static org.wirewise.model.replay.TcpAnalysisFlag.RETRANSMISSION;
import static org.wirewise.model.replay.TcpAnalysisFlag.SPURIOUS_RETRANSMISSION;
import static org.wirewise.model.replay.TcpAnalysisFlag.WINDOW_FULL;
import static org.wirewise.model.replay.TcpAnalysisFlag.WINDOW_UPDATE;
import static org.wirewise.model.replay.TcpAnalysisFlag.ZERO_WINDOW;
import static org.wirewise.model.replay.TcpAnalysisFlag.ZERO_WINDOW_PROBE;
import static org.wirewise.model.replay.TcpAnalysisFlag.ZERO_WINDOW_PROBE_ACK;
import static org.wirewise.model.replay.TcpSequence.gt;
import static org.wirewise.model.replay.TcpSequence.le;
import static org.wirewise.model.replay.TcpSequence.lt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Wireshark's TCP sequence analysis of one conversation, frame by frame, so the flags a learner
 * sees here are the ones Wireshark shows for the same capture: each direction remembers the
 * highest sequence number sent, the last ACK and window, and the segments not yet acknowledged,
 * and each new frame is compared with them. The heuristics are Wireshark's (a fast retransmission
 * follows two duplicate ACKs within 20 ms; out-of-order means sooner than the handshake's RTT, or
 * 3 ms without one), which are guesses about the sender, not facts the capture proves.
 */
public final class TcpAnalysis {

    private static final long FAST_RETRANSMISSION_WINDOW_NANOS = 20_000_000L;
    private static final long DEFAULT_OUT_OF_ORDER_NANOS = 3_000_000L;

    private final TcpDirection fromA = new TcpDirection();
    private final TcpDirection fromB = new TcpDirection();
    private long synNanos = -1;
    /** The handshake's round trip (SYN to the ACK that completes it), 0 before it is seen. */
    private long firstRttNanos;

    private TcpAnalysis() {
    }

    /** One analysis per frame of the conversation, in its order. */
    public static List<TcpSegmentAnalysis> of(Conversation conversation) {
        TcpAnalysis analysis = new TcpAnalysis();
        List<TcpSegmentAnalysis> result = new ArrayList<>(conversation.frames().size());
        for (Frame f : conversation.frames()) {
            if (f.isTcp()) {
                boolean a = conversation.fromA(f);
                result.add(analysis.analyze(f, a ? analysis.fromA : analysis.fromB, a ? analysis.fromB : analysis.fromA));
            }
        }
        return List.copyOf(result);
    }

    private TcpSegmentAnalysis analyze(Frame frame, TcpDirection fwd, TcpDirection rev) {
        TcpHeader h = frame.tcp();
        long seq = h.seq();
        long ack = h.ack();
        int seglen = frame.payloadLength();
        boolean synFin = h.has(TcpHeader.SYN) || h.has(TcpHeader.FIN);
        boolean control = synFin || h.has(TcpHeader.RST);
        handshake(frame, fwd, rev);
        Set<TcpAnalysisFlag> flags = EnumSet.noneOf(TcpAnalysisFlag.class);

        if (seglen == 1 && seq == fwd.nextSeq && rev.window == 0) {
            flags.add(ZERO_WINDOW_PROBE);
        } else {
            windowAndAckChecks(h, seglen, control, fwd, rev, flags);
        }
        int dupAckNumber = 0;
        if (flags.contains(DUPLICATE_ACK)) {
            dupAckNumber = ++fwd.dupAcks;
        }
        if (ack != fwd.lastAck) {
            fwd.dupAcks = 0; // a new ACK starts the count again; data or retransmissions in between do not
        }
        if (rev.maxSeqToBeAcked != 0 && gt(ack, rev.maxSeqToBeAcked) && h.has(TcpHeader.ACK)) {
            flags.add(ACKED_UNSEEN_SEGMENT);
            rev.maxSeqToBeAcked = rev.nextSeq;
        }
        if ((seglen > 0 || synFin) && !flags.contains(KEEP_ALIVE)) {
            retransmissionType(frame, seglen, synFin, fwd, rev, flags);
        }
        long nextSeq = seq + seglen + (synFin ? 1 : 0) & 0xFFFF_FFFFL;
        if (seglen > 0 || synFin) {
            fwd.unacked.add(new TcpDirection.Unacked(frame.number(), seq, nextSeq, frame.nanos()));
        }
        boolean probe = flags.contains(ZERO_WINDOW_PROBE);
        if ((gt(nextSeq, fwd.nextSeq) || fwd.nextSeq == 0) && !probe) {
            fwd.nextSeq = nextSeq;
            fwd.nextSeqNanos = frame.nanos();
        }
        if ((seq == fwd.maxSeqToBeAcked || fwd.maxSeqToBeAcked == 0) && !probe) {
            fwd.maxSeqToBeAcked = fwd.nextSeq;
        }
        fwd.window = h.window();
        fwd.lastAck = ack;
        fwd.lastAckNanos = frame.nanos();
        fwd.lastFlags = flags;
        TcpDirection.Acked acked = rev.acknowledge(ack, frame.nanos());
        long relativeAck = h.has(TcpHeader.ACK) ? rev.relative(ack) : 0;
        return new TcpSegmentAnalysis(frame, fwd.relative(seq), relativeAck, fwd.relative(nextSeq), flags,
                dupAckNumber, acked.frame(), acked.rttNanos());
    }

    /** Zero window, lost segment, keep-alive, window update and full, keep-alive ACK, duplicate ACK. */
    private static void windowAndAckChecks(TcpHeader h, int seglen, boolean control, TcpDirection fwd,
                                           TcpDirection rev, Set<TcpAnalysisFlag> flags) {
        long seq = h.seq();
        long ack = h.ack();
        int window = h.window();
        if (window == 0 && !control) {
            flags.add(ZERO_WINDOW);
        }
        if (fwd.nextSeq != 0 && gt(seq, fwd.nextSeq) && !h.has(TcpHeader.RST)) {
            flags.add(LOST_SEGMENT);
        }
        if (control) {
            return;
        }
        boolean sameSeqAndAck = seglen == 0 && seq == fwd.nextSeq && ack == fwd.lastAck;
        if ((seglen == 0 || seglen == 1) && seq == (fwd.nextSeq - 1 & 0xFFFF_FFFFL)) {
            flags.add(KEEP_ALIVE);
        }
        if (sameSeqAndAck && window != 0 && window != fwd.window) {
            flags.add(WINDOW_UPDATE);
        }
        if (seglen > 0 && rev.windowScale != TcpDirection.UNKNOWN
                && (seq + seglen & 0xFFFF_FFFFL) == (rev.lastAck + rev.scaledWindow() & 0xFFFF_FFFFL)) {
            flags.add(WINDOW_FULL);
        }
        if (sameSeqAndAck && window != 0 && window == fwd.window && rev.lastFlags.contains(KEEP_ALIVE)) {
            flags.add(KEEP_ALIVE_ACK);
        } else if (seglen == 0 && window == 0 && fwd.window == 0 && seq == fwd.nextSeq
                && (ack == fwd.lastAck || ack == (fwd.lastAck + 1 & 0xFFFF_FFFFL))
                && rev.lastFlags.contains(ZERO_WINDOW_PROBE)) {
            flags.add(ZERO_WINDOW_PROBE_ACK);
        } else if (sameSeqAndAck && window != 0 && window == fwd.window) {
            flags.add(DUPLICATE_ACK);
        }
    }

    /** A segment that does not advance the sequence: fast, out-of-order, spurious or plain retransmission. */
    private void retransmissionType(Frame frame, int seglen, boolean synFin, TcpDirection fwd, TcpDirection rev,
                                    Set<TcpAnalysisFlag> flags) {
        long seq = frame.tcp().seq();
        boolean notAdvanced = fwd.nextSeq != 0 && lt(seq, fwd.nextSeq);
        if (seglen > 1 && (fwd.nextSeq - 1 & 0xFFFF_FFFFL) == seq) {
            notAdvanced = false;
        }
        if (notAdvanced && rev.dupAcks >= 2 && rev.lastAck == seq
                && frame.nanos() - rev.lastAckNanos < FAST_RETRANSMISSION_WINDOW_NANOS) {
            flags.add(FAST_RETRANSMISSION);
            flags.add(RETRANSMISSION);
            return;
        }
        long outOfOrderNanos = firstRttNanos == 0 ? DEFAULT_OUT_OF_ORDER_NANOS : firstRttNanos;
        long expectedNext = seq + seglen + (synFin ? 1 : 0) & 0xFFFF_FFFFL;
        if (notAdvanced && frame.nanos() - fwd.nextSeqNanos < outOfOrderNanos && fwd.nextSeq != expectedNext) {
            flags.add(OUT_OF_ORDER);
            return;
        }
        if (seglen > 0 && rev.lastAck != 0 && le(seq + seglen & 0xFFFF_FFFFL, rev.lastAck)) {
            flags.add(SPURIOUS_RETRANSMISSION);
            flags.add(RETRANSMISSION);
            return;
        }
        if (notAdvanced) {
            flags.add(RETRANSMISSION);
        }
    }

    /** Initial sequence numbers, window scales and the handshake's round trip. */
    private void handshake(Frame frame, TcpDirection fwd, TcpDirection rev) {
        TcpHeader h = frame.tcp();
        if (h.has(TcpHeader.SYN)) {
            fwd.synSeen(h.seq(), h.windowScale());
            if (!h.has(TcpHeader.ACK)) {
                synNanos = frame.nanos();
            } else if (fwd.windowScale == TcpDirection.NONE || rev.windowScale == TcpDirection.NONE) {
                // RFC 7323 §2.2: scaling applies only when both SYNs carried the option.
                fwd.windowScale = TcpDirection.NONE;
                rev.windowScale = TcpDirection.NONE;
            }
        } else {
            fwd.baseIfUnknown(h.seq() - 1 & 0xFFFF_FFFFL);
            if (h.has(TcpHeader.ACK) && synNanos >= 0 && firstRttNanos == 0) {
                firstRttNanos = frame.nanos() - synNanos;
            }
        }
        if (h.has(TcpHeader.ACK)) {
            rev.baseIfUnknown(h.ack() - 1 & 0xFFFF_FFFFL);
        }
    }
}
