package org.wirewise.model.http;

/**
 * Why bytes from a peer are not an HTTP/1.1 message, where in the connection's byte stream the
 * parser stopped, and the status a server answers with (a proxy reading a bad response answers
 * 502, RFC 9110 §15.6.3).
 *
 * @param offset bytes of the stream before the place the problem was found
 */
public record HttpParseError(String reason, long offset, HttpStatus answer) {

    @Override
    public String toString() {
        return reason + " (at byte " + offset + "; answered " + answer + ")";
    }
}
