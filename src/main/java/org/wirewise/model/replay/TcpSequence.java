package org.wirewise.model.replay;

/** Comparisons of 32-bit sequence numbers modulo 2^32 (RFC 9293 §3.4). */
final class TcpSequence {

    private TcpSequence() {
    }

    static boolean lt(long a, long b) {
        return (int) (a - b) < 0;
    }

    static boolean gt(long a, long b) {
        return (int) (a - b) > 0;
    }

    static boolean le(long a, long b) {
        return (int) (a - b) <= 0;
    }
}
