package org.wirewise.model.https;

/**
 * Parameters of the why-HTTPS lesson.
 *
 * @param rttMs  round-trip time between the client and the server
 * @param seed   seeds every random byte: ports, sequence numbers, the session cookie, TLS keys, certificates
 * @param tamper whether the router on the path changes one byte of each response, or only reads
 */
public record HttpsWhyScenario(double rttMs, long seed, boolean tamper) {

    public static final HttpsWhyScenario DEFAULTS = new HttpsWhyScenario(40, 1, true);
}
