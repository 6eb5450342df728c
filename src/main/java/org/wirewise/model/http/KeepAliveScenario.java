package org.wirewise.model.http;

/**
 * Parameters of the keep-alive and pooling lesson.
 *
 * @param requests    how many GETs each way of connecting sends
 * @param poolSize    the client pool's maximum connections
 * @param poolIdleSeconds how long the pool keeps an idle connection before closing it
 * @param rttMs       the round trip between client and server
 * @param seed        seeds TCP's sequence numbers and ports
 */
public record KeepAliveScenario(int requests, int poolSize, double poolIdleSeconds, double rttMs, long seed) {

    public static final KeepAliveScenario DEFAULTS = new KeepAliveScenario(12, 3, 4, 40, 1);
}
