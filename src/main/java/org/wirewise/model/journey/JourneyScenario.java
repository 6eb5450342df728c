package org.wirewise.model.journey;

import java.util.List;

/**
 * What the URL journey runs: which caches already hold shop.example.com, how far the site is, how
 * lossy the home's last mile is, which TLS and HTTP versions, and the seed.
 *
 * @param caches    "cold" (nothing cached), "resolver" (the ISP's resolver has the answer: another
 *                  customer asked), "browser" (you visited a minute ago: the browser's own cache)
 * @param siteRttMs the laptop's round trip to the site's load balancer: an origin far away, or a CDN
 *                  edge close by
 * @param lossPercent random loss on the last mile (the home's access line), each way
 * @param tls       "1.3", "1.2" (two round trips before the request), or "resumed" (a second visit
 *                  offering the first visit's ticket: PSK with (EC)DHE, no certificate)
 * @param http      "2" (one connection, every request a stream of it), "1.1" (keep-alive connections
 *                  carrying one request at a time, up to six to the host, each with its own TCP and TLS
 *                  handshakes) or "3" (HTTP/3 over QUIC over UDP, which carries TLS 1.3 only)
 * @param seed      seeds ports, query IDs, sequence numbers, TLS randoms and the loss
 */
public record JourneyScenario(String caches, double siteRttMs, double lossPercent, String tls, String http, long seed) {

    public static final List<String> CACHES = List.of("cold", "resolver", "browser");
    public static final List<String> TLS = List.of("1.3", "1.2", "resumed");
    /** The HTTP versions the browser can load the page with, one a line. */
    public static final List<String> HTTP = List.of(
            "2",
            "1.1",
            "3");
    public static final JourneyScenario DEFAULTS = new JourneyScenario("cold", 80, 0, 1);

    /** HTTP/2. */
    public JourneyScenario(String caches, double siteRttMs, double lossPercent, String tls, long seed) {
        this(caches, siteRttMs, lossPercent, tls, "2", seed);
    }

    /** TLS 1.3, a full handshake. */
    public JourneyScenario(String caches, double siteRttMs, double lossPercent, long seed) {
        this(caches, siteRttMs, lossPercent, "1.3", "2", seed);
    }

    public JourneyScenario {
        if (!CACHES.contains(caches)) {
            throw new IllegalArgumentException("caches must be one of " + CACHES + ", got " + caches);
        }
        if (!TLS.contains(tls)) {
            throw new IllegalArgumentException("tls must be one of " + TLS + ", got " + tls);
        }
        if (!HTTP.contains(http)) {
            throw new IllegalArgumentException("http must be one of " + HTTP + ", got " + http);
        }
        if (http.equals("3") && !tls.equals("1.3")) {
            // QUIC carries TLS 1.3 only (RFC 9001 §4.2); its resumption and 0-RTT are the http3-quic lesson's
            throw new IllegalArgumentException("http=3 runs QUIC, which carries a full TLS 1.3 handshake here: "
                    + "tls must be 1.3 with it, got " + tls);
        }
    }
}
