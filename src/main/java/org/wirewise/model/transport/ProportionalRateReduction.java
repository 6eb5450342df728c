package org.wirewise.model.transport;

/**
 * Proportional Rate Reduction (RFC 6937 §3), which Linux uses in fast recovery (tcp_cwnd_reduction):
 * the window shrinks toward ssthresh in step with what the ACKs say was delivered, so the sender
 * neither pauses for half a window nor bursts when the ACKs return. Units are the caller's (bytes
 * with an MSS in bytes, or segments with an MSS of 1). Shared by the TCP lessons and the congestion lab, so it lives in the core.
 */
public final class ProportionalRateReduction {

    private long recoverFs;
    private long prrDelivered;
    private long prrOut;

    /**
     * Recovery starts. RFC 6937 divides by RecoverFS, the data outstanding; Linux by the window
     * before the cut (prior_cwnd), which is what callers pass here.
     */
    public void start(long priorWindow) {
        recoverFs = Math.max(1, priorWindow);
        prrDelivered = 0;
        prrOut = 0;
    }

    public void sent(long bytes) {
        prrOut += bytes;
    }

    /**
     * An ACK in recovery delivered {@code delivered} bytes (cumulatively or by SACK); returns the
     * new cwnd, pipe + sndcnt, with the slow-start reduction bound once pipe is below ssthresh.
     */
    public long onAck(long delivered, long pipe, long ssthresh, long mss) {
        prrDelivered += delivered;
        long sndcnt;
        if (pipe > ssthresh) {
            sndcnt = ceilDiv(prrDelivered * ssthresh, recoverFs) - prrOut;
        } else {
            sndcnt = Math.min(ssthresh - pipe, Math.max(prrDelivered - prrOut, delivered) + mss);
        }
        if (prrOut == 0) {
            sndcnt = Math.max(sndcnt, mss); // the fast retransmit goes out at once (Linux)
        }
        return pipe + Math.max(0, sndcnt);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
