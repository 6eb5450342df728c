package org.wirewise.model.http.hol;

/** The three ways the lab loads the page. */
public enum HolProtocol {
    /** Six TCP connections, one request at a time on each (cleartext: the pool has no TLS). */
    HTTP1("HTTP/1.1"),
    /** One TCP connection, h2 over TLS 1.3 chosen by ALPN, as browsers speak HTTP/2. */
    HTTP2("HTTP/2"),
    /** One QUIC connection (TLS 1.3 inside), a stream per request. */
    HTTP3("HTTP/3");

    private final String label;

    HolProtocol(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
