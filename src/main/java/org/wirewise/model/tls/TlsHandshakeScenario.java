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

    private static final java.util.regex.Pattern HOST_NAME =
            java.util.regex.Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    /** server_name carries a DNS host name (RFC 6066 §3): ASCII labels, no wildcard, no trailing dot. */
    public TlsHandshakeScenario {
        if (serverName == null || !HOST_NAME.matcher(serverName).matches()) {
            throw new IllegalArgumentException("serverName: a host name is letters, digits and hyphens in labels "
                    + "separated by dots, such as shop.example.com; got \"" + serverName + "\"");
        }
    }

    public static final TlsHandshakeScenario DEFAULTS =
            new TlsHandshakeScenario(40, 1, org.wirewise.model.tls.cert.CertificateChain.HOST, false);
}
