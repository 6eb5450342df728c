package org.wirewise.model.http.ws;

/**
 * Parameters of the WebSocket lesson.
 *
 * @param fragments how many frames carry the server's long message (1 sends it unfragmented)
 * @param seed      seeds every random byte: TCP's sequence numbers and port, the handshake key, the masking keys
 */
public record WebSocketScenario(int fragments, long seed) {

    /** The most frames the long message may be cut into. */
    public static final int MAX_FRAGMENTS = 8;

    public static final WebSocketScenario DEFAULTS = new WebSocketScenario(3, 1);
}
