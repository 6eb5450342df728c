package org.wirewise.model.http.h2;

/**
 * Stream states (RFC 9113 §5.1). The reserved states belong to server push, which this
 * implementation never uses (its clients send SETTINGS_ENABLE_PUSH = 0, as browsers now do).
 */
public enum StreamState {
    IDLE, RESERVED_LOCAL, RESERVED_REMOTE, OPEN, HALF_CLOSED_LOCAL, HALF_CLOSED_REMOTE, CLOSED;

    /** After this side sent END_STREAM. */
    StreamState endSent() {
        return this == HALF_CLOSED_REMOTE || this == CLOSED ? CLOSED : HALF_CLOSED_LOCAL;
    }

    /** After the peer's END_STREAM arrived. */
    StreamState endReceived() {
        return this == HALF_CLOSED_LOCAL || this == CLOSED ? CLOSED : HALF_CLOSED_REMOTE;
    }

    /** Whether the peer may still send DATA on it (§5.1: open or half-closed (local)). */
    boolean peerMaySend() {
        return this == OPEN || this == HALF_CLOSED_LOCAL;
    }

    /** Whether this side may still send on it (§5.1: open or half-closed (remote)). */
    boolean mayStillSend() {
        return this == OPEN || this == HALF_CLOSED_REMOTE;
    }
}
