package org.wirewise.model.transport;

import static org.wirewise.model.transport.SequenceNumbers.lessOrEqual;

import java.util.List;
import org.wirewise.model.packet.SackBlock;

/**
 * The sender's view of what the receiver holds (RFC 6675 §4, as Linux's scoreboard): which sent
 * segments SACK blocks cover, which are lost (DupThresh SACKed segments above, or a timeout), and
 * the data in the network (pipe). Works on the retransmission queue's list, oldest first.
 */
final class SackScoreboard {

    /** RFC 6675 §2: DupThresh, the number of SACKed segments above a hole that declares it lost. */
    static final int DUP_THRESH = 3;

    private final List<SentSegment> queue;
    private long newlySacked;

    SackScoreboard(List<SentSegment> queue) {
        this.queue = queue;
    }

    /** Marks what the blocks cover; remembers how many bytes that newly SACKed (RFC 6937 DeliveredData). */
    void mark(List<SackBlock> blocks) {
        for (SackBlock b : blocks) {
            for (SentSegment s : queue) {
                if (!s.sacked && lessOrEqual(b.left(), s.seq) && lessOrEqual(s.end(), b.right())) {
                    s.sacked = true;
                    newlySacked += s.length;
                }
            }
        }
    }

    /** Bytes newly SACKed since the last call. */
    long takeNewlySacked() {
        long n = newlySacked;
        newlySacked = 0;
        return n;
    }

    boolean anySacked() {
        return queue.stream().anyMatch(s -> s.sacked);
    }

    /**
     * RFC 6675 IsLost: not SACKed, and DupThresh segments, or more than (DupThresh − 1) × SMSS bytes,
     * SACKed above it; or declared lost by a timeout.
     */
    boolean isLost(int index, long mss) {
        SentSegment s = queue.get(index);
        if (s.sacked) {
            return false;
        }
        if (s.markedLost) {
            return true;
        }
        int segments = 0;
        long bytes = 0;
        for (int i = index + 1; i < queue.size(); i++) {
            if (queue.get(i).sacked) {
                segments++;
                bytes += queue.get(i).length;
            }
        }
        return segments >= DUP_THRESH || bytes > (DUP_THRESH - 1) * mss;
    }

    /** RFC 6675 SetPipe: what is still in the network, counting each retransmission once more. */
    long pipe(long mss) {
        long pipe = 0;
        for (int i = 0; i < queue.size(); i++) {
            SentSegment s = queue.get(i);
            if (s.sacked) {
                continue;
            }
            if (!isLost(i, mss)) {
                pipe += s.length;
            }
            if (s.retransmittedSinceLoss) {
                pipe += s.length;
            }
        }
        return pipe;
    }

    /** RFC 6675 NextSeg rule 1: the oldest lost segment not yet retransmitted, or null. */
    SentSegment nextLost(long mss) {
        for (int i = 0; i < queue.size(); i++) {
            SentSegment s = queue.get(i);
            if (!s.retransmittedSinceLoss && isLost(i, mss)) {
                return s;
            }
        }
        return null;
    }

    /** After a timeout every segment not SACKed is lost (Linux tcp_enter_loss). */
    void markAllLost() {
        for (SentSegment s : queue) {
            s.retransmittedSinceLoss = false;
            if (!s.sacked) {
                s.markedLost = true;
            }
        }
    }
}
