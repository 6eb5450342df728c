package org.wirewise.model.tcp;

/**
 * Proportional Rate Reduction (RFC 6937 §3), which Linux uses in fast recovery: the window
 * shrinks toward ssthresh in step with what the ACKs say was delivered, so the sender neither
 * pauses for half a window nor bursts when the ACKs return.
 */
final class ProportionalRateReduction {

    private long recoverFs;
    private long prrDelivered;
    private long prrOut;

    /** Recovery starts: RecoverFS = SND.NXT − SND.UNA. */
    void start(long flightSize) {
        recoverFs = Math.max(1, flightSize);
        prrDelivered = 0;
        prrOut = 0;
    }

    void sent(long bytes) {
        prrOut += bytes;
    }

    /**
     * An ACK in recovery delivered {@code delivered} bytes (cumulatively or by SACK); returns the
     * new cwnd, pipe + sndcnt, with the slow-start reduction bound once pipe is below ssthresh.
     */
    long onAck(long delivered, long pipe, long ssthresh, long mss) {
        prrDelivered += delivered;
        long sndcnt;
        if (pipe > ssthresh) {
            sndcnt = ceilDiv(prrDelivered * ssthresh, recoverFs) - prrOut;
        } else {
            sndcnt = Math.min(ssthresh - pipe, Math.max(prrDelivered - prrOut, delivered) + mss);
        }
        return pipe + Math.max(0, sndcnt);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
