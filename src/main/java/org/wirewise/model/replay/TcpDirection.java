package org.wirewise.model.replay;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the analysis remembers about one direction of a TCP conversation. */
final class TcpDirection {

    /** Window scale not yet known (no SYN seen from this side). */
    static final int UNKNOWN = -1;
    /** The handshake was seen and did not agree on scaling. */
    static final int NONE = -2;

    long baseSeq = -1;
    long nextSeq;
    long nextSeqNanos;
    long maxSeqToBeAcked;
    long lastAck;
    long lastAckNanos;
    int window = -1;
    int windowScale = UNKNOWN;
    int dupAcks;
    Set<TcpAnalysisFlag> lastFlags = EnumSet.noneOf(TcpAnalysisFlag.class);
    final List<Unacked> unacked = new ArrayList<>();

    /** A segment sent and not yet acknowledged in full; [seq, nextSeq). */
    record Unacked(int frame, long seq, long nextSeq, long nanos) {
    }

    /** The segment an ACK acknowledged exactly, or frame 0. */
    record Acked(int frame, long rttNanos) {
        static final Acked NONE = new Acked(0, -1);
    }

    void synSeen(long isn, int scale) {
        baseSeq = isn;
        windowScale = scale < 0 ? NONE : scale;
    }

    void baseIfUnknown(long base) {
        if (baseSeq < 0) {
            baseSeq = base;
        }
    }

    long relative(long seq) {
        return baseSeq < 0 ? seq : seq - baseSeq & 0xFFFF_FFFFL;
    }

    long scaledWindow() {
        return (long) window << Math.max(windowScale, 0);
    }

    /**
     * Removes the segments {@code ack} covers. Of several sent with the same end (retransmissions),
     * the earliest gives the RTT, as Wireshark measures it.
     */
    Acked acknowledge(long ack, long nanos) {
        Acked acked = Acked.NONE;
        for (int i = unacked.size() - 1; i >= 0; i--) {
            Unacked u = unacked.get(i);
            if (ack == u.nextSeq()) {
                acked = new Acked(u.frame(), nanos - u.nanos());
                unacked.remove(i);
            } else if (TcpSequence.gt(ack, u.seq()) && TcpSequence.le(ack, u.nextSeq())) {
                unacked.set(i, new Unacked(u.frame(), ack, u.nextSeq(), u.nanos()));
            } else if (!TcpSequence.gt(u.nextSeq(), ack)) {
                unacked.remove(i);
            }
        }
        return acked;
    }
}
