package org.wirewise.model.congestion;

/** A growable first-in first-out queue of longs, without boxing: the simulator's hot path. */
final class LongFifo {

    private long[] items = new long[256];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void add(long v) {
        if (size == items.length) {
            long[] bigger = new long[items.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = items[(head + i) & (items.length - 1)];
            }
            items = bigger;
            head = 0;
        }
        items[(head + size) & (items.length - 1)] = v;
        size++;
    }

    long peek() {
        return items[head];
    }

    long poll() {
        long v = items[head];
        head = (head + 1) & (items.length - 1);
        size--;
        return v;
    }

    void clear() {
        head = 0;
        size = 0;
    }
}
