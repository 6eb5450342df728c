package org.wirewise.model.http.ws;

/**
 * Why bytes from a peer fail the WebSocket connection (RFC 6455 §7.1.7), the status code the
 * endpoint closes with, and where in the byte stream after the handshake the problem was found.
 */
public record WsProtocolError(WsCloseCode code, String reason, long offset) {

    @Override
    public String toString() {
        return reason + " (at byte " + offset + "; close " + code + ")";
    }
}
