package org.wirewise.model.latency;

import static org.wirewise.model.latency.LatencyText.factor;
import static org.wirewise.model.latency.LatencyText.km;
import static org.wirewise.model.latency.LatencyText.ms;

import java.util.Locale;

/** Every sentence of the latency map, from one {@link PathLatency}. */
public final class MapNarration {

    /**
     * Bozkurt et al., "Why Is the Internet so Slow?!" (PAM 2017): across many vantage points the
     * median of the minimum ping times was about 3.0 times the time light in vacuum needs for the
     * great-circle distance.
     */
    public static final double MEASURED_MEDIAN_VS_VACUUM = 3.0;

    private final PathLatency p;
    private final String pair;

    public MapNarration(PathLatency p) {
        this.p = p;
        this.pair = p.from().name() + " to " + p.to().name();
    }

    public String distanceTitle() {
        return pair + ": " + km(p.distanceKm()) + " on the great circle";
    }

    public String distance() {
        return "The shortest path between two points on a sphere is an arc of the great circle through them. The "
                + "haversine formula on the Earth's mean radius (" + km(GreatCircle.EARTH_RADIUS_KM) + ") gives "
                + km(p.distanceKm()) + " from " + p.from().name() + " (" + LatencyText.place(p.from()) + ") to "
                + p.to().name() + " (" + LatencyText.place(p.to()) + "). On this flat map the arc bends toward the "
                + "pole: a straight line on an equirectangular map is not the shortest path.";
    }

    public String fibreTitle() {
        return "Light in fibre: " + ms(p.oneWayMs()) + " one way";
    }

    public String fibre() {
        return "Light in glass is slower than in vacuum: single-mode fibre's group index is about "
                + String.format(Locale.ROOT, "%.3f", Propagation.FIBRE_GROUP_INDEX) + ", so light covers "
                + String.format(Locale.ROOT, "%,.0f", Propagation.FIBRE_KM_PER_S) + " km/s (a velocity factor of "
                + String.format(Locale.ROOT, "%.2f", Propagation.FIBRE_VELOCITY_FACTOR)
                + "; the rule of thumb says 200,000 km/s). Along the great circle, " + km(p.distanceKm()) + " takes "
                + ms(p.oneWayMs()) + " one way.";
    }

    public String minimumTitle() {
        return "Minimum round trip: " + ms(p.minimumRttMs());
    }

    public String minimum() {
        return "A reply comes back the same way: 2 × " + km(p.distanceKm()) + " ÷ "
                + String.format(Locale.ROOT, "%,.0f", Propagation.FIBRE_KM_PER_S) + " km/s = " + ms(p.minimumRttMs())
                + ". No faster router, wider link or cleverer protocol beats this floor; only moving the two ends "
                + "closer does (a CDN edge, a nearer region).";
    }

    public String typicalTitle() {
        return "Typical round trip: " + ms(p.typicalRttMs()) + " (× " + factor(p.routeFactor()) + ")";
    }

    public String typical() {
        double fibreEquivalent = MEASURED_MEDIAN_VS_VACUUM * Propagation.FIBRE_VELOCITY_FACTOR;
        return "Real paths are longer than the great circle: cables follow coasts and sea beds, traffic detours "
                + "through exchange points and the networks' peering choices, and every router and queue adds a "
                + "little. Bozkurt et al. (\"Why Is the Internet so Slow?!\", PAM 2017) measured the median minimum "
                + "ping at about " + factor(MEASURED_MEDIAN_VS_VACUUM) + " times the speed-of-light-in-vacuum time, "
                + "which is " + factor(fibreEquivalent) + " times the fibre time; well-connected hubs do better. "
                + "This lesson takes " + factor(p.routeFactor()) + " times the minimum: " + ms(p.minimumRttMs())
                + " × " + factor(p.routeFactor()) + " = " + ms(p.typicalRttMs()) + ".";
    }

    public String requestTitle() {
        return "One HTTPS request: " + ms(p.newConnectionMs()) + " new, " + ms(p.reusedConnectionMs()) + " reused";
    }

    public String request() {
        return "A new connection waits " + LatencyText.count(PathLatency.newConnectionRtts()) + " round trips before the "
                + "response starts. TCP's handshake is " + LatencyText.count(PathLatency.TCP_HANDSHAKE_RTTS) + " RTT of messages, "
                + "but its ACK leaves with the TLS ClientHello, so the client waits " + LatencyText.count(PathLatency.TCP_WAIT_RTTS)
                + " RTT; TLS 1.3's full handshake " + LatencyText.count(PathLatency.TLS13_RTTS) + " RTT; the request and "
                + "response " + LatencyText.count(PathLatency.HTTP_RTTS) + " RTT. That is " + ms(p.newConnectionMs()) + " before the first byte of "
                + "the answer, without DNS or the server's own time. On a connection kept open (keep-alive, a pool, "
                + "HTTP/2) the same request costs one round trip, " + ms(p.reusedConnectionMs()) + ": reuse saves "
                + ms(p.newConnectionMs() - p.reusedConnectionMs()) + " a request.";
    }

    public String satelliteTitle() {
        return "A geostationary satellite: " + (p.satellite().visible() ? ms(p.satellite().rttMs())
                : "more than " + ms(2 * p.satellite().bestRttMs()));
    }

    public String satellite() {
        Geostationary g = p.satellite();
        String floor = "Even with both ends directly beneath it, four legs of " + km(Geostationary.ALTITUDE_KM)
                + " at the speed of light take " + ms(g.bestRttMs()) + ".";
        if (!g.visible()) {
            return "A geostationary satellite stays " + km(Geostationary.ALTITUDE_KM) + " above the equator. No "
                    + "single one stands " + factor(Geostationary.MIN_ELEVATION_DEGREES) + "° or more above the "
                    + "horizon of both cities, so the path needs two hops: more than " + ms(2 * g.bestRttMs())
                    + ", against " + ms(p.typicalRttMs()) + " by fibre. " + floor;
        }
        return "A geostationary satellite stays " + km(Geostationary.ALTITUDE_KM) + " above the equator. One "
                + "placed midway sees both cities: up " + km(g.upKm()) + ", down " + km(g.downKm()) + ". A round "
                + "trip goes up and down twice at the speed of light in vacuum: " + ms(g.rttMs()) + ", "
                + factor(g.rttMs() / p.typicalRttMs()) + " times the fibre path's typical round trip. " + floor
                + " Low-orbit constellations fly far lower for this reason.";
    }
}
