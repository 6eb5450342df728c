package org.wirewise.model.http;

import java.util.Optional;

/**
 * One request and what came of it on a connection, with the simulated times a waterfall draws.
 *
 * @param connection the client's local port of the connection that carried it
 * @param queuedAt   when the application asked
 * @param sentAt     when its bytes were written to the socket (-1 if never)
 * @param firstByteAt when the first byte of the response was read (-1 if none)
 * @param completeAt when the response was complete or the request failed
 * @param failure    why there is no response, empty when there is one
 * @param setup      the connection's TCP handshake if this was the first request sent on it, else none
 */
public record HttpExchange(HttpRequest request, Optional<HttpResponse> response, String failure, int connection,
                           long queuedAt, long sentAt, long firstByteAt, long completeAt,
                           ConnectionSetup setup) {

    public boolean succeeded() {
        return response.isPresent();
    }

    /** The same exchange as the protocol-neutral timing the head-of-line lab compares. */
    public RequestTiming timing(int index) {
        return new RequestTiming(index, request.target(), queuedAt, sentAt, firstByteAt, completeAt, connection, setup);
    }
}
