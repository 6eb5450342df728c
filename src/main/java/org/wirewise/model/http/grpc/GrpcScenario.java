package org.wirewise.model.http.grpc;

/**
 * Parameters of the gRPC lesson.
 *
 * @param updates    how many quotes the server-streaming call (Watch) pushes before its trailers
 * @param deadlineMs the deadline the last call sets (its grpc-timeout)
 * @param serverMs   how long the server works on that call's answer (a quote it must fetch)
 * @param seed       seeds TCP's sequence numbers and port and the prices
 */
public record GrpcScenario(int updates, int deadlineMs, int serverMs, long seed) {

    public static final int MAX_UPDATES = 8;
    public static final int MIN_MS = 10;
    public static final int MAX_MS = 2000;

    public static final GrpcScenario DEFAULTS = new GrpcScenario(3, 100, 300, 1);

    /** The problem with these values, or null when the lesson can run them. */
    public String problem() {
        if (updates < 1 || updates > MAX_UPDATES) {
            return "updates must be 1 to " + MAX_UPDATES + ", got " + updates;
        }
        if (deadlineMs < MIN_MS || deadlineMs > MAX_MS || serverMs < MIN_MS || serverMs > MAX_MS) {
            return "deadlineMs and serverMs must be " + MIN_MS + " to " + MAX_MS + " ms, got " + deadlineMs + " and " + serverMs;
        }
        return null;
    }
}
