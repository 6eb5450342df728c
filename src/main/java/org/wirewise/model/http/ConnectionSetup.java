package org.wirewise.model.http;

/**
 * What a request waited for before its connection could carry it, when it was the request that
 * opened that connection: a DNS lookup, the transport's handshake (TCP's, or QUIC's, which carries
 * TLS 1.3 in the same round trips) and a TLS handshake over TCP. Times are simulated nanoseconds;
 * -1 marks a part that did not happen. Requests that reused a connection have {@link #NONE}.
 */
public record ConnectionSetup(long dnsStart, long dnsEnd, long connectStart, long connectEnd, long tlsStart, long tlsEnd) {

    /** No setup: the request went on a connection that was already open. */
    public static final ConnectionSetup NONE = new ConnectionSetup(-1, -1, -1, -1, -1, -1);

    public ConnectionSetup {
        long last = Long.MIN_VALUE;
        long[] order = {dnsStart, dnsEnd, connectStart, connectEnd, tlsStart, tlsEnd};
        for (int i = 0; i < order.length; i += 2) {
            if ((order[i] < 0) != (order[i + 1] < 0)) {
                throw new IllegalArgumentException("a setup part needs both its start and its end, or neither");
            }
            if (order[i] < 0) {
                continue;
            }
            if (order[i] < last || order[i + 1] < order[i]) {
                throw new IllegalArgumentException("setup parts run in order (DNS, connect, TLS), each ending after it starts");
            }
            last = order[i + 1];
        }
    }

    /** A transport handshake alone (TCP's SYN to SYN-ACK, or QUIC's handshake with TLS inside it). */
    public static ConnectionSetup connect(long start, long end) {
        return new ConnectionSetup(-1, -1, start, end, -1, -1);
    }

    /** The same setup with a TLS handshake after the transport's. */
    public ConnectionSetup withTls(long start, long end) {
        return new ConnectionSetup(dnsStart, dnsEnd, connectStart, connectEnd, start, end);
    }

    /** The same setup preceded by a DNS lookup. */
    public ConnectionSetup withDns(long start, long end) {
        return new ConnectionSetup(start, end, connectStart, connectEnd, tlsStart, tlsEnd);
    }

    public boolean none() {
        return dnsStart < 0 && connectStart < 0 && tlsStart < 0;
    }

    /** When the first part began, or -1. */
    public long start() {
        return dnsStart >= 0 ? dnsStart : connectStart >= 0 ? connectStart : tlsStart;
    }

    /** When the last part ended, or -1. */
    public long end() {
        return tlsEnd >= 0 ? tlsEnd : connectEnd >= 0 ? connectEnd : dnsEnd;
    }
}
