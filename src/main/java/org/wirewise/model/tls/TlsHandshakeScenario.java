package org.wirewise.model.tls;

/**
 * Parameters of the TLS 1.3 handshake lesson.
 *
 * @param rttMs        round-trip time between client and server
 * @param seed         seeds every random byte: TCP's ISNs and ports, TLS randoms, key shares, certificates
 * @param serverName   the host name the client asks for (SNI) and checks the certificate against
 * @param observerView show what an on-path observer sees instead of what the endpoints decrypt
 */
public record TlsHandshakeScenario(double rttMs, long seed, String serverName, boolean observerView) {

    public static final TlsHandshakeScenario DEFAULTS =
            new TlsHandshakeScenario(40, 1, org.wirewise.model.tls.cert.CertificateChain.HOST, false);
}
