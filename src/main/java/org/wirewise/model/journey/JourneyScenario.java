package org.wirewise.model.journey;

import java.util.List;

/**
 * What the URL journey runs: which caches already hold shop.example.com, how far the site is, how
 * lossy the home's last mile is, and the seed.
 *
 * @param caches    "cold" (nothing cached), "resolver" (the ISP's resolver has the answer: another
 *                  customer asked), "browser" (you visited a minute ago: the browser's own cache)
 * @param siteRttMs the laptop's round trip to the site's load balancer: an origin far away, or a CDN
 *                  edge close by
 * @param lossPercent random loss on the last mile (the home's access line), each way
 * @param seed      seeds ports, query IDs, sequence numbers, TLS randoms and the loss
 */
public record JourneyScenario(String caches, double siteRttMs, double lossPercent, long seed) {

    public static final List<String> CACHES = List.of("cold", "resolver", "browser");
    public static final JourneyScenario DEFAULTS = new JourneyScenario("cold", 80, 0, 1);

    public JourneyScenario {
        if (!CACHES.contains(caches)) {
            throw new IllegalArgumentException("caches must be one of " + CACHES + ", got " + caches);
        }
    }
}
