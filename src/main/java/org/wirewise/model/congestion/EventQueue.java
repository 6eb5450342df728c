package org.wirewise.model.congestion;

import java.util.Arrays;

/**
 * A binary heap of primitive events ordered by (time, insertion sequence): no objects per event,
 * so simulating millions of packets allocates almost nothing.
 */
final class EventQueue {

    private long[] time = new long[256];
    private long[] order = new long[256];
    private int[] kind = new int[256];
    private long[] arg = new long[256];
    private int size;
    private long nextOrder;

    long topTime;
    int topKind;
    long topArg;

    boolean isEmpty() {
        return size == 0;
    }

    void add(long t, int k, long a) {
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n);
            order = Arrays.copyOf(order, n);
            kind = Arrays.copyOf(kind, n);
            arg = Arrays.copyOf(arg, n);
        }
        long o = nextOrder++;
        int i = size++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (time[p] < t || (time[p] == t && order[p] < o)) {
                break;
            }
            time[i] = time[p];
            order[i] = order[p];
            kind[i] = kind[p];
            arg[i] = arg[p];
            i = p;
        }
        time[i] = t;
        order[i] = o;
        kind[i] = k;
        arg[i] = a;
    }

    /** Removes the earliest event into topTime, topKind, topArg. */
    void poll() {
        topTime = time[0];
        topKind = kind[0];
        topArg = arg[0];
        int n = --size;
        long t = time[n];
        long o = order[n];
        int k = kind[n];
        long a = arg[n];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                break;
            }
            if (c + 1 < n && (time[c + 1] < time[c] || (time[c + 1] == time[c] && order[c + 1] < order[c]))) {
                c++;
            }
            if (t < time[c] || (t == time[c] && o < order[c])) {
                break;
            }
            time[i] = time[c];
            order[i] = order[c];
            kind[i] = kind[c];
            arg[i] = arg[c];
            i = c;
        }
        time[i] = t;
        order[i] = o;
        kind[i] = k;
        arg[i] = a;
    }
}
