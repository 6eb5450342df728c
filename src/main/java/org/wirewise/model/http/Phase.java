package org.wirewise.model.http;

/**
 * One stretch of a request's life on a waterfall row, named as Chrome DevTools' Timing tab names
 * it, from {@code from} to {@code to} (simulated nanoseconds).
 */
public record Phase(Kind kind, long from, long to) {

    /** What the request was doing; {@link #label()} is DevTools' name for it. */
    public enum Kind {
        /** Waiting before its connection was started: for HTTP/1.1, all six connections were busy. */
        QUEUED("Queueing"),
        /** Waiting after its connection's setup (or between setup parts) until it could be sent. */
        STALLED("Stalled"),
        DNS("DNS lookup"),
        /** The transport's handshake: TCP's, or QUIC's with TLS 1.3 inside it. */
        CONNECT("Initial connection"),
        /** A TLS handshake over TCP, after the TCP handshake. */
        TLS("SSL/TLS"),
        /**
         * Writing the request. The simulated fetchers hand a request to the socket in one instant, so their
         * rows have none; a row gets it only from a timing whose request took time to leave.
         */
        SENT("Request sent"),
        /** From the request leaving to the first byte of the response: a round trip plus the server's time. */
        WAITING("Waiting (TTFB)"),
        DOWNLOAD("Content download");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Phase {
        if (kind == null || to < from) {
            throw new IllegalArgumentException("a phase has a kind and ends no earlier than it starts");
        }
    }

    public long duration() {
        return to - from;
    }
}
