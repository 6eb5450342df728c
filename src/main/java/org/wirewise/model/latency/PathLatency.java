package org.wirewise.model.latency;

/**
 * What the distance between two cities costs in time: the great-circle distance, the one-way
 * time of light in fibre along it, the physical minimum round trip, a typical measured-like round
 * trip (the minimum times a route-inflation factor), what one HTTPS request costs on a new and on
 * a reused connection, and a geostationary satellite hop for comparison. The latency map and
 * {@code wirewise latency} print these same numbers.
 *
 * @param from          first city
 * @param to            second city
 * @param distanceKm    great-circle distance
 * @param oneWayMs      light in fibre over that distance, once
 * @param minimumRttMs  there and back: no route, switch or queue can beat it
 * @param routeFactor   how much longer real paths are than the minimum
 * @param typicalRttMs  minimum × route factor
 * @param satellite     the geostationary hop between the same cities
 */
public record PathLatency(City from, City to, double distanceKm, double oneWayMs, double minimumRttMs,
                          double routeFactor, double typicalRttMs, Geostationary satellite) {

    /**
     * Round trips a new HTTPS connection waits for before the response starts: TCP's handshake is
     * three messages (1.5 RTT) but its last, the client's ACK, leaves with the ClientHello, so the
     * client waits 1 RTT; TLS 1.3's full handshake 1 RTT (RFC 8446 §2); the request and response 1.
     */
    public static final double TCP_WAIT_RTTS = 1;
    public static final double TCP_HANDSHAKE_RTTS = 1.5;
    public static final double TLS13_RTTS = 1;
    public static final double HTTP_RTTS = 1;

    public static PathLatency between(City from, City to, double routeFactor) {
        if (!(routeFactor >= 1)) {
            throw new IllegalArgumentException("routeFactor: a route cannot be shorter than the great circle: "
                    + routeFactor);
        }
        double km = GreatCircle.distanceKm(from, to);
        double oneWay = Propagation.fibreMs(km);
        return new PathLatency(from, to, km, oneWay, 2 * oneWay, routeFactor, 2 * oneWay * routeFactor,
                Geostationary.between(from, to));
    }

    /** Round trips until a new connection's response starts: TCP 1 + TLS 1 + HTTP 1. */
    public static double newConnectionRtts() {
        return TCP_WAIT_RTTS + TLS13_RTTS + HTTP_RTTS;
    }

    /** Time to the first response byte of one HTTPS request on a new connection, ms. */
    public double newConnectionMs() {
        return newConnectionRtts() * typicalRttMs;
    }

    /** The same request on a connection kept open (HTTP keep-alive or a pool): one round trip. */
    public double reusedConnectionMs() {
        return HTTP_RTTS * typicalRttMs;
    }
}
