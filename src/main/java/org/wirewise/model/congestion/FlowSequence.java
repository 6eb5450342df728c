package org.wirewise.model.congestion;

import java.util.Arrays;

/**
 * One flow's data as a tcptrace (Stevens) graph draws it, in the sender's time: every segment it
 * sent (when, which bytes, whether a retransmission), every ACK that reached it (the cumulative ACK
 * and the congestion window on top of it after the sender reacted) and every copy the network
 * dropped (when and where). Sequence numbers are bytes from the flow's first data byte; the lab has
 * no handshake, so there is no SYN to count. Primitive columns in time order: a 30 s run at
 * 100 Mb/s sends about 250,000 segments.
 *
 * <p>The lab's receivers read at once and never limit the sender (no receive window is modelled),
 * so the line above the ACK line is ACK + cwnd, what does limit the sender here.
 *
 * <p>Recording stops after {@link #MAX_SENDS} segments (a 30 s run above about 800 Mb/s), so a long
 * fast run cannot fill the memory; {@link #recordedUntil()} says where the graph ends then.
 */
public final class FlowSequence {

    /** Segments recorded per flow at most: 2,000,000 (about 60 MB with their ACKs). */
    public static final int MAX_SENDS = 2_000_000;
    private static final byte RETRANSMISSION = 1;

    private final int mss;
    private final int maxSends;
    private int sends;
    private long[] sendTime = new long[256];
    private int[] sendSegment = new int[256];
    private byte[] sendFlags = new byte[256];
    private int retransmissions;
    private int acks;
    private long[] ackTime = new long[256];
    private int[] ackSegment = new int[256];
    private int[] ackCwnd = new int[256];
    private int losses;
    private long[] lossTime = new long[64];
    private int[] lossSegment = new int[64];
    private long stoppedAt = -1;

    FlowSequence(int mss) {
        this(mss, MAX_SENDS);
    }

    FlowSequence(int mss, int maxSends) {
        this.mss = mss;
        this.maxSends = maxSends;
    }

    private boolean recording(long now) {
        if (stoppedAt >= 0) {
            return false;
        }
        if (sends >= maxSends) {
            stoppedAt = now;
            return false;
        }
        return true;
    }

    /** Segment {@code segment} (counting from 0) leaves the sender. */
    void sent(long now, long segment, boolean retransmission) {
        if (!recording(now)) {
            return;
        }
        if (sends == sendTime.length) {
            int n = sends * 2;
            sendTime = Arrays.copyOf(sendTime, n);
            sendSegment = Arrays.copyOf(sendSegment, n);
            sendFlags = Arrays.copyOf(sendFlags, n);
        }
        sendTime[sends] = now;
        sendSegment[sends] = Math.toIntExact(segment);
        sendFlags[sends] = retransmission ? RETRANSMISSION : 0;
        if (retransmission) {
            retransmissions++;
        }
        sends++;
    }

    /** An ACK reaches the sender: the receiver's next expected segment and the cwnd after the sender's reaction. */
    void acked(long now, long nextSegment, long cwnd) {
        if (!recording(now)) {
            return;
        }
        if (acks == ackTime.length) {
            int n = acks * 2;
            ackTime = Arrays.copyOf(ackTime, n);
            ackSegment = Arrays.copyOf(ackSegment, n);
            ackCwnd = Arrays.copyOf(ackCwnd, n);
        }
        ackTime[acks] = now;
        ackSegment[acks] = Math.toIntExact(nextSegment);
        ackCwnd[acks] = (int) Math.min(Integer.MAX_VALUE, cwnd);
        acks++;
    }

    /** The network drops a copy of segment {@code segment} at {@code now}. */
    void lost(long now, long segment) {
        if (!recording(now)) {
            return;
        }
        if (losses == lossTime.length) {
            int n = losses * 2;
            lossTime = Arrays.copyOf(lossTime, n);
            lossSegment = Arrays.copyOf(lossSegment, n);
        }
        lossTime[losses] = now;
        lossSegment[losses] = Math.toIntExact(segment);
        losses++;
    }

    public int mss() {
        return mss;
    }

    /** When recording stopped, or -1 when the whole run is recorded. */
    public long recordedUntil() {
        return stoppedAt;
    }

    public int sendCount() {
        return sends;
    }

    public long sendTime(int i) {
        return sendTime[i];
    }

    /** The segment's first byte. */
    public long sendStart(int i) {
        return (long) sendSegment[i] * mss;
    }

    /** One past the segment's last byte. */
    public long sendEnd(int i) {
        return sendStart(i) + mss;
    }

    public boolean retransmission(int i) {
        return (sendFlags[i] & RETRANSMISSION) != 0;
    }

    /** Segments recorded as sent again. */
    public int retransmissionCount() {
        return retransmissions;
    }

    public int ackCount() {
        return acks;
    }

    public long ackTime(int i) {
        return ackTime[i];
    }

    /** The cumulative ACK: every byte below it has arrived in order. */
    public long ackBytes(int i) {
        return (long) ackSegment[i] * mss;
    }

    /** ACK + cwnd: the edge the congestion window lets the sender reach (no receive window limits it here). */
    public long windowEdge(int i) {
        return ackBytes(i) + ackCwnd[i];
    }

    public int lossCount() {
        return losses;
    }

    public long lossTime(int i) {
        return lossTime[i];
    }

    /** The dropped copy's first byte. */
    public long lossStart(int i) {
        return (long) lossSegment[i] * mss;
    }

    /** The first send at or after {@code time} (sends are in time order); {@link #sendCount()} when none. */
    public int firstSendFrom(long time) {
        return firstFrom(sendTime, sends, time);
    }

    /** The first ACK at or after {@code time}; {@link #ackCount()} when none. */
    public int firstAckFrom(long time) {
        return firstFrom(ackTime, acks, time);
    }

    /** The first loss at or after {@code time}; {@link #lossCount()} when none. */
    public int firstLossFrom(long time) {
        return firstFrom(lossTime, losses, time);
    }

    private static int firstFrom(long[] times, int size, long time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
