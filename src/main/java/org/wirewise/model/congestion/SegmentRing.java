package org.wirewise.model.congestion;

/**
 * One flow's per-segment bookkeeping, in rings indexed by sequence number modulo a power of two that
 * doubles when the window outgrows it: the sender's send times and rate-sample snapshots, its SACK
 * scoreboard marks (Linux's TCPCB_LOST and TCPCB_SACKED_RETRANS), and the receiver's out-of-order
 * marks. Plain arrays: the per-packet path neither boxes nor allocates.
 */
final class SegmentRing {

    long[] sentTime = new long[1024];
    /** Delivery-rate snapshots at send time (draft-cheng-iccrg-delivery-rate-estimation §3). */
    long[] priorDelivered = new long[1024];
    long[] priorDeliveredTime = new long[1024];
    long[] priorFirstSent = new long[1024];
    boolean[] retransmitted = new boolean[1024];
    boolean[] lost = new boolean[1024];
    boolean[] rtxOut = new boolean[1024];
    /** Receiver side: arrived above rcv.nxt (what SACK blocks report). */
    boolean[] outOfOrder = new boolean[1024];

    /** The slot of {@code seq}; every ring has the same length. */
    int slot(long seq) {
        return (int) (seq & (sentTime.length - 1));
    }

    /** Doubles the rings until {@code seq} fits both the sender's window and the receiver's. */
    void grow(long seq, long sndUna, long rcvNxt) {
        if (seq - sndUna >= sentTime.length || seq - rcvNxt >= outOfOrder.length) {
            regrowFor(seq, sndUna, rcvNxt); // rare: kept out of line so that the check inlines on the packet path
        }
    }

    private void regrowFor(long seq, long sndUna, long rcvNxt) {
        while (seq - sndUna >= sentTime.length || seq - rcvNxt >= outOfOrder.length) {
            int n = sentTime.length * 2;
            sentTime = regrow(sentTime, n, sndUna);
            priorDelivered = regrow(priorDelivered, n, sndUna);
            priorDeliveredTime = regrow(priorDeliveredTime, n, sndUna);
            priorFirstSent = regrow(priorFirstSent, n, sndUna);
            boolean[] r = new boolean[n];
            boolean[] o = new boolean[n];
            boolean[] l = new boolean[n];
            boolean[] x = new boolean[n];
            for (int i = 0; i < retransmitted.length; i++) {
                int to = (int) (relocate(i, retransmitted.length, sndUna) & (n - 1));
                r[to] = retransmitted[i];
                l[to] = lost[i];
                x[to] = rtxOut[i];
                o[(int) (relocate(i, outOfOrder.length, rcvNxt) & (n - 1))] = outOfOrder[i];
            }
            retransmitted = r;
            outOfOrder = o;
            lost = l;
            rtxOut = x;
        }
    }

    private static long[] regrow(long[] a, int n, long sndUna) {
        long[] b = new long[n];
        for (int i = 0; i < a.length; i++) {
            b[(int) (relocate(i, a.length, sndUna) & (n - 1))] = a[i];
        }
        return b;
    }

    /** The sequence number that slot i of a ring of length len holds, given the window base. */
    private static long relocate(int i, int len, long base) {
        long baseSlot = base & (len - 1);
        return base + ((i - baseSlot) & (len - 1));
    }
}
