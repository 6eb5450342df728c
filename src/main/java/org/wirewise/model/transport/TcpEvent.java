package org.wirewise.model.transport;

/**
 * Something an endpoint did on its own that a lesson narrates.
 *
 * @param kind  what happened
 * @param seq   the sequence number concerned (the retransmitted segment's, the duplicate ACK's), or -1
 * @param value a number that goes with it: the RTO, the RTT sample, the duplicate count (nanoseconds for times)
 */
public record TcpEvent(Kind kind, long seq, long value) {

    public enum Kind {
        /** The state changed; value is the new state's ordinal. */
        STATE,
        /** An RTT sample was taken (RFC 6298 §2); value is the sample. */
        RTT_SAMPLE,
        /** The retransmission timer expired and the earliest segment went again (RFC 6298 §5.4); value is the new RTO. */
        TIMEOUT,
        /** A duplicate ACK arrived (RFC 5681 §2); value is how many in a row. */
        DUPLICATE_ACK,
        /** The third duplicate ACK triggered a fast retransmit (RFC 5681 §3.2); value is FlightSize in bytes. */
        FAST_RETRANSMIT,
        /** SACK blocks showed a further lost segment, resent in recovery (RFC 6675 §5). */
        SACK_RETRANSMIT,
        /** A partial ACK during recovery sent the next hole (RFC 6582 §3.2). */
        PARTIAL_ACK_RETRANSMIT,
        /** A zero-window probe went out (RFC 9293 §3.8.6.1). */
        ZERO_WINDOW_PROBE,
        /** The receiver announced a reopened window after its application read (RFC 9293 §3.8.6.2.2). */
        WINDOW_UPDATE,
        /** Data arrived beyond a hole and waits in the receive buffer (RFC 9293 §3.10.7.4). */
        OUT_OF_ORDER,
        /** Bytes became readable by the application; value is how many. */
        DELIVERED,
        /** The retry limit was reached; the connection is aborted. */
        GAVE_UP,
        /** A reset arrived and closed the connection. */
        RESET
    }
}
