package org.wirewise.model.transport;

/**
 * Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4): comparisons look at the signed
 * 32-bit difference, so numbers that wrap past 2^32 still compare correctly.
 */
public final class SequenceNumbers {

    private static final long MASK = 0xFFFF_FFFFL;

    private SequenceNumbers() {
    }

    public static long add(long seq, long n) {
        return (seq + n) & MASK;
    }

    public static boolean lessThan(long a, long b) {
        return (int) (a - b) < 0;
    }

    public static boolean lessOrEqual(long a, long b) {
        return (int) (a - b) <= 0;
    }

    /** Distance from {@code from} forward to {@code to}, modulo 2^32. */
    public static long distance(long from, long to) {
        return (to - from) & MASK;
    }
}
