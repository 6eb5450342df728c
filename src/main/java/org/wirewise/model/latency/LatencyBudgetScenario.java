package org.wirewise.model.latency;

/**
 * Parameters of the latency budget: one page (a document and the objects it refers to) fetched
 * over HTTPS, and which optimisations are on in "your configuration".
 *
 * @param rttMs          round trip to the origin server
 * @param edgeRttMs      round trip to a CDN edge near the user
 * @param bandwidthMbps  the user's bottleneck rate
 * @param dnsMs          a DNS lookup that the resolver must answer
 * @param serverMs       the origin's time to build the document
 * @param documentKb     the document's size, uncompressed
 * @param objects        objects the document refers to (scripts, styles, images), fetched after it
 * @param objectKb       each object's size, uncompressed
 * @param closer         serve from a CDN edge near the user
 * @param reuse          a connection is already open (keep-alive, a pool): no DNS, TCP or TLS, window grown
 * @param zeroRtt        TLS 1.3 resumption with early data: the request rides in the first flight
 * @param http2          HTTP/2: every object on one connection at once, instead of one at a time
 * @param compression    compress text with gzip or Brotli
 * @param parallel       HTTP/1.1 browsers' six connections per host, each with its own handshakes
 * @param cacheHit       the answer is in a cache: no server time, no trip to the origin
 */
public record LatencyBudgetScenario(double rttMs, double edgeRttMs, double bandwidthMbps, double dnsMs,
                                    double serverMs, long documentKb, long objects, long objectKb, boolean closer,
                                    boolean reuse, boolean zeroRtt, boolean http2, boolean compression,
                                    boolean parallel, boolean cacheHit) {

    /** New York to London as the latency map gives it, a 50 Mb/s user, ten objects; CDN, HTTP/2, compression, cache. */
    public static final LatencyBudgetScenario DEFAULTS = new LatencyBudgetScenario(
            Math.round(LatencyMapExplainer.path(LatencyMapScenario.DEFAULTS).typicalRttMs() * 10) / 10.0, 10, 50, 30,
            80, 100, 10, 40, true, false, false, true, true, false, true);
}
