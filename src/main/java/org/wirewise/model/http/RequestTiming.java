package org.wirewise.model.http;

/**
 * When one request of a page load started, was sent, began to come back and completed, in
 * simulated nanoseconds, whatever the HTTP version: what a waterfall row shows.
 *
 * @param connection which connection (or stream's connection) carried it, as the protocol numbers them
 */
public record RequestTiming(int index, String target, long queuedAt, long sentAt, long firstByteAt, long completeAt,
                            int connection) {

    /** Time spent waiting for a connection to be free (or to be opened). */
    public long waited() {
        return sentAt < 0 ? completeAt - queuedAt : sentAt - queuedAt;
    }
}
