package org.wirewise.model.http;

/** An HTTP/1.1 request or response: start line, header section, content (RFC 9112 §2.1). */
public sealed interface HttpMessage permits HttpRequest, HttpResponse {

    /** "GET / HTTP/1.1" or "HTTP/1.1 200 OK". */
    String startLine();

    HttpFields fields();

    HttpBody body();

    /** The trailer fields after a chunked body (RFC 9112 §7.1.2); empty otherwise. */
    HttpFields trailers();

    /** The bytes on the wire. */
    default byte[] encode() {
        return Http1Writer.encode(this);
    }

    /**
     * Whether the connection closes after this message: "Connection: close" (RFC 9112 §9.6), or an
     * HTTP/1.0 message without "keep-alive" (§9.3).
     */
    default boolean closesConnection() {
        if (fields().hasToken("Connection", "close")) {
            return true;
        }
        return version().equals("HTTP/1.0") && !fields().hasToken("Connection", "keep-alive");
    }

    /** "HTTP/1.1" (or "HTTP/1.0" for a message read from an older peer). */
    String version();
}
