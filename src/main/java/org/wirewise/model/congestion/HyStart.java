package org.wirewise.model.congestion;

/**
 * Linux CUBIC's hybrid slow start (tcp_cubic.c, hystart=1, hystart_detect=3; Ha and Rhee 2008):
 * slow start ends, with ssthresh = cwnd, at the first of two signs that the path is full.
 * <ul>
 * <li>ACK train: ACKs keep arriving at most 2 ms apart ({@code hystart_ack_delta_us}) for longer
 * than half the minimum RTT (plus Linux's allowance for ACK compression, at most 1 ms) since the
 * round began: the window already spans the path's RTT.</li>
 * <li>Delay increase: the smallest of the round's first 8 RTT samples exceeds the minimum RTT by
 * more than minRTT/8, clamped to 4–16 ms: a queue has built.</li>
 * </ul>
 * Only from 16 segments on ({@code hystart_low_window}). This is Linux's HyStart, not RFC 9406's
 * HyStart++, which watches the delay only and follows the exit with a conservative slow start.
 * A round ends when everything in flight at its start has been delivered (Linux: snd_una passes
 * the snd_nxt of the round's start).
 */
final class HyStart {

    static final long ACK_DELTA_NS = 2_000_000L;
    static final int MIN_SAMPLES = 8;
    static final long DELAY_MIN_NS = 4_000_000L;
    static final long DELAY_MAX_NS = 16_000_000L;
    static final int LOW_WINDOW = 16;
    /** GSO_MAX_SIZE: Linux allows four such bursts of ACK compression, at most 1 ms. */
    private static final double GSO_MAX_SIZE = 65_536;

    /** Why slow start ended, or null while it has not. */
    enum Exit { ACK_TRAIN, DELAY }

    private Exit found;
    private boolean reported;
    private long delayMin;
    private long roundEndDelivered = -1;
    private long roundStart;
    private long lastAck;
    private long currRtt;
    private int samples;

    /** Linux's bictcp_reset and bictcp_hystart_reset: at the start and after a timeout. */
    void reset() {
        found = null;
        reported = false;
        delayMin = 0;
        roundEndDelivered = -1;
    }

    Exit found() {
        return found;
    }

    /** The exit, the first time it is asked for after it happened; null otherwise. */
    Exit takeExit() {
        if (found == null || reported) {
            return null;
        }
        reported = true;
        return found;
    }

    /**
     * One ACK in slow start with the RTT of the newest segment it acknowledges ({@code rtt} 0:
     * no valid sample, Karn). Sets ssthresh to cwnd when either sign appears.
     */
    void onAck(SenderState s, long rtt, long now) {
        if (rtt <= 0) {
            return;
        }
        if (delayMin == 0 || rtt < delayMin) {
            delayMin = rtt;
        }
        if (found != null || s.cwnd >= s.ssthresh || s.cwnd < (long) LOW_WINDOW * s.mss) {
            return;
        }
        if (roundEndDelivered < 0 || s.delivered > roundEndDelivered) {
            roundEndDelivered = s.delivered + s.bytesInFlight;
            roundStart = now;
            lastAck = now;
            currRtt = Long.MAX_VALUE;
            samples = 0;
        }
        if (now - lastAck <= ACK_DELTA_NS) {
            lastAck = now;
            // Without fq pacing (CUBIC's default) the threshold is halved (tcp_cubic.c).
            if (now - roundStart > (delayMin + ackDelay(s)) / 2) {
                exit(s, Exit.ACK_TRAIN);
                return;
            }
        }
        currRtt = Math.min(currRtt, rtt);
        if (samples < MIN_SAMPLES) {
            samples++;
        } else if (currRtt > delayMin + Math.min(Math.max(delayMin / 8, DELAY_MIN_NS), DELAY_MAX_NS)) {
            exit(s, Exit.DELAY);
        }
    }

    /**
     * hystart_ack_delay: min(1 ms, 4·GSO_MAX_SIZE / pacing rate), the pacing rate being Linux's
     * 200 % of cwnd / SRTT in slow start.
     */
    private static long ackDelay(SenderState s) {
        if (s.srtt <= 0) {
            return 0;
        }
        double rate = 2.0 * s.cwnd * 1e9 / s.srtt;
        return Math.min(1_000_000L, Math.round(4 * GSO_MAX_SIZE * 1e9 / rate));
    }

    private void exit(SenderState s, Exit why) {
        found = why;
        s.ssthresh = s.cwnd;
    }
}
