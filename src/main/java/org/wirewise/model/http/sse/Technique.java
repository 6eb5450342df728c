package org.wirewise.model.http.sse;

/** The ways the lesson delivers the same ticker, in the order it runs them. */
public enum Technique {
    /** A request every poll interval, answered at once with what is new. */
    SHORT_POLLING,
    /** A request the server holds until there is something new or its timeout passes. */
    LONG_POLLING,
    /** One text/event-stream response; after it ends, a reconnection with Last-Event-ID. */
    SSE,
    /** The same stream and drop, reconnecting without Last-Event-ID. */
    SSE_WITHOUT_ID,
    /** An upgraded connection; the server sends each event as a text frame. */
    WEBSOCKET
}
