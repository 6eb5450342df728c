package org.wirewise.model.quic;

/**
 * The idle timeout (RFC 9000 §10.1): the smaller of both ends' max_idle_timeout (0 means none),
 * at least three probe timeouts; restarted when a packet is received and processed, and when an
 * ack-eliciting packet is sent with none sent since the last one received. When it runs out the
 * connection is closed silently: no CONNECTION_CLOSE, its state simply dropped.
 */
final class IdleTimer {

    private final QuicConnection c;
    private long timeoutMillis;
    private long deadline = Long.MAX_VALUE;
    private boolean sentSinceReceived;

    IdleTimer(QuicConnection c, long localTimeoutMillis) {
        this.c = c;
        this.timeoutMillis = localTimeoutMillis;
    }

    /** The peer's max_idle_timeout from its transport parameters: the smaller nonzero one wins (§10.1). */
    void peer(long peerTimeoutMillis) {
        if (peerTimeoutMillis > 0 && (timeoutMillis == 0 || peerTimeoutMillis < timeoutMillis)) {
            timeoutMillis = peerTimeoutMillis;
        }
    }

    void received(long now) {
        sentSinceReceived = false;
        restart(now);
    }

    void sentAckEliciting(long now) {
        if (!sentSinceReceived) {
            sentSinceReceived = true;
            restart(now);
        }
    }

    private void restart(long now) {
        if (timeoutMillis > 0) {
            long period = Math.max(timeoutMillis * 1_000_000, 3 * c.recovery.pto(PacketType.Space.APPLICATION));
            deadline = now + period;
        }
    }

    long deadline() {
        return deadline;
    }

    /** Whether the connection has been idle too long at {@code now}; it then closes silently. */
    boolean expired(long now) {
        return now >= deadline;
    }

    long timeoutMillis() {
        return timeoutMillis;
    }
}
