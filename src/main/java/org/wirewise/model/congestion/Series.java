package org.wirewise.model.congestion;

import java.util.Arrays;

/** A growable column store of samples: one row per (time, flow). Primitive arrays, no boxing. */
public final class Series {

    private int size;
    private long[] time = new long[1024];
    private int[] flow = new int[1024];
    private long[] cwnd = new long[1024];
    private long[] ssthresh = new long[1024];
    private long[] inflight = new long[1024];
    private long[] srtt = new long[1024];
    private double[] deliveryRate = new double[1024];
    private int[] queue = new int[1024];
    private byte[] phase = new byte[1024];
    private byte[] caState = new byte[1024];

    void add(long t, int f, SenderState s, int q) {
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n);
            flow = Arrays.copyOf(flow, n);
            cwnd = Arrays.copyOf(cwnd, n);
            ssthresh = Arrays.copyOf(ssthresh, n);
            inflight = Arrays.copyOf(inflight, n);
            srtt = Arrays.copyOf(srtt, n);
            deliveryRate = Arrays.copyOf(deliveryRate, n);
            queue = Arrays.copyOf(queue, n);
            phase = Arrays.copyOf(phase, n);
            caState = Arrays.copyOf(caState, n);
        }
        time[size] = t;
        flow[size] = f;
        cwnd[size] = s.cwnd;
        ssthresh[size] = s.ssthresh;
        inflight[size] = s.bytesInFlight;
        srtt[size] = s.srtt;
        deliveryRate[size] = s.deliveryRate;
        queue[size] = q;
        phase[size] = (byte) s.phase.ordinal();
        caState[size] = (byte) s.caState.ordinal();
        size++;
    }

    public int size() {
        return size;
    }

    public long time(int i) {
        return time[i];
    }

    public int flow(int i) {
        return flow[i];
    }

    public long cwnd(int i) {
        return cwnd[i];
    }

    /** ssthresh, or {@link SenderState#INFINITE_SSTHRESH} before the first loss. */
    public long ssthresh(int i) {
        return ssthresh[i];
    }

    public long inflight(int i) {
        return inflight[i];
    }

    public long srtt(int i) {
        return srtt[i];
    }

    /** Bytes per second. */
    public double deliveryRate(int i) {
        return deliveryRate[i];
    }

    /** Bottleneck queue, packets. */
    public int queue(int i) {
        return queue[i];
    }

    public Phase phase(int i) {
        return Phase.values()[phase[i]];
    }

    /** Whether the sender was repairing a loss (fast recovery, or after a timeout). */
    public SenderState.CaState caState(int i) {
        return SenderState.CaState.values()[caState[i]];
    }
}
