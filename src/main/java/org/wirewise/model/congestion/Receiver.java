package org.wirewise.model.congestion;

/** A flow's receiver: the cumulative ACK point, segments held out of order, and goodput. */
final class Receiver {

    private final SegmentRing ring;
    private final int mss;
    long rcvNxt;
    long goodputBytes;
    /** Segments held beyond a hole: while any are, every segment is ACKed at once (RFC 5681 §4.2). */
    int heldOutOfOrder;

    Receiver(SegmentRing ring, int mss) {
        this.ring = ring;
        this.mss = mss;
    }

    /** Whether {@code seq} arrives for the first time (neither acknowledged nor held out of order). */
    boolean isNew(long seq) {
        return seq >= rcvNxt && !ring.outOfOrder[ring.slot(seq)];
    }

    /**
     * Takes in a segment: in order, it and any held segments it releases go to the application;
     * new and out of order, it is held (and SACKed). Returns the change in segments held out of
     * order, which the SACK scoreboard counts as sacked_out.
     */
    int accept(long seq, boolean fresh, long sndUna) {
        int held = 0;
        if (seq == rcvNxt) {
            rcvNxt++;
            goodputBytes += mss;
            while (ring.outOfOrder[ring.slot(rcvNxt)]) {
                ring.outOfOrder[ring.slot(rcvNxt)] = false;
                rcvNxt++;
                goodputBytes += mss;
                held--; // was SACKed, now cumulatively acknowledged
            }
        } else if (fresh) {
            ring.grow(seq, sndUna, rcvNxt);
            ring.outOfOrder[ring.slot(seq)] = true;
            held++;
        }
        heldOutOfOrder += held;
        return held;
    }
}
