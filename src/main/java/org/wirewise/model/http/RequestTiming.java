package org.wirewise.model.http;

/**
 * When one request of a page load started, was sent, began to come back and completed, in
 * simulated nanoseconds, whatever the HTTP version: what a waterfall row shows.
 *
 * @param connection which connection (or stream's connection) carried it, as the protocol numbers them
 * @param setup      the connection's DNS, handshake and TLS times if this request opened it, else
 *                   {@link ConnectionSetup#NONE}
 */
public record RequestTiming(int index, String target, long queuedAt, long sentAt, long firstByteAt, long completeAt,
                            int connection, ConnectionSetup setup) {

    public RequestTiming {
        if (setup == null) {
            throw new IllegalArgumentException("a timing's setup is ConnectionSetup.NONE when there was none, not null");
        }
    }

    /** A request on a connection that needed no setup of its own. */
    public RequestTiming(int index, String target, long queuedAt, long sentAt, long firstByteAt, long completeAt,
                         int connection) {
        this(index, target, queuedAt, sentAt, firstByteAt, completeAt, connection, ConnectionSetup.NONE);
    }

    /** Time spent waiting for a connection to be free (or to be opened). */
    public long waited() {
        return sentAt < 0 ? completeAt - queuedAt : sentAt - queuedAt;
    }

    /** The same timing as the request that opened its connection with {@code opened}. */
    public RequestTiming withSetup(ConnectionSetup opened) {
        return new RequestTiming(index, target, queuedAt, sentAt, firstByteAt, completeAt, connection, opened);
    }

    /** The same timing under another index (a page's later batch numbered after its first). */
    public RequestTiming withIndex(int newIndex) {
        return new RequestTiming(newIndex, target, queuedAt, sentAt, firstByteAt, completeAt, connection, setup);
    }
}
