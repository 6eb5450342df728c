package org.wirewise.model.transport;

/**
 * The one retransmission timer of an endpoint (RFC 6298 §5): armed with the current RTO, restarted
 * when new data is acknowledged, stopped when nothing is outstanding; and drawn as a countdown.
 */
final class RetransmitTimer {

    private final TransmissionControlBlock tcb;
    private final RtoEstimator rto;
    private final Runnable expired;
    private TcpTimers.Timer timer;
    private long armedAt;
    private long expiresAt;

    RetransmitTimer(TransmissionControlBlock tcb, RtoEstimator rto, Runnable expired) {
        this.tcb = tcb;
        this.rto = rto;
        this.expired = expired;
    }

    /** Starts the timer unless it already runs (RFC 6298 §5.1). */
    void arm() {
        if (timer == null) {
            start();
        }
    }

    /** RFC 6298 §5.3: restarted so that it expires after the current RTO. */
    void restart() {
        stop();
        start();
    }

    void start() {
        long timeout = rto.rto();
        armedAt = tcb.now();
        expiresAt = armedAt + timeout;
        timer = tcb.timers.start(timeout, () -> {
            timer = null;
            expired.run();
        });
    }

    void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** The timer for drawing, or null when it is not running. */
    TcpEndpoint.ActiveTimer active() {
        if (timer == null) {
            return null;
        }
        boolean opening = tcb.state == TcpState.SYN_SENT || tcb.state == TcpState.SYN_RECEIVED;
        return new TcpEndpoint.ActiveTimer(opening ? TcpEndpoint.ActiveTimer.Kind.SYN_RTO : TcpEndpoint.ActiveTimer.Kind.RTO, armedAt, expiresAt);
    }
}
