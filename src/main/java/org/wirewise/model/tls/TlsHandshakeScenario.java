package org.wirewise.model.tls;

import java.util.List;

/**
 * Parameters of the TLS handshake lesson.
 *
 * @param rttMs        round-trip time between client and server
 * @param seed         seeds every random byte: TCP's ISNs and ports, TLS randoms, key shares, certificates
 * @param serverName   the host name the client asks for (SNI) and checks the certificate against
 * @param observerView show what an on-path observer sees instead of what the endpoints decrypt
 * @param version      the TLS version both sides speak: one of {@link #VERSIONS}
 */
public record TlsHandshakeScenario(double rttMs, long seed, String serverName, boolean observerView, String version) {

    /** The versions the lesson runs, as its choice offers them. */
    public static final List<String> VERSIONS = List.of("TLS 1.3", "TLS 1.2");

    private static final java.util.regex.Pattern HOST_NAME =
            java.util.regex.Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    /** server_name carries a DNS host name (RFC 6066 §3): ASCII labels, no wildcard, no trailing dot. */
    public TlsHandshakeScenario {
        if (serverName == null || !HOST_NAME.matcher(serverName).matches()) {
            throw new IllegalArgumentException("serverName: a host name is letters, digits and hyphens in labels "
                    + "separated by dots, such as shop.example.com; got \"" + serverName + "\"");
        }
        if (!VERSIONS.contains(version)) {
            throw new IllegalArgumentException("version: one of " + String.join(", ", VERSIONS) + "; got \"" + version + "\"");
        }
    }

    /** TLS 1.3, as the lesson runs by default. */
    public TlsHandshakeScenario(double rttMs, long seed, String serverName, boolean observerView) {
        this(rttMs, seed, serverName, observerView, VERSIONS.get(0));
    }

    public static final TlsHandshakeScenario DEFAULTS =
            new TlsHandshakeScenario(40, 1, org.wirewise.model.tls.cert.CertificateChain.HOST, false);

    /** Whether this run speaks TLS 1.2 (RFC 5246) rather than TLS 1.3. */
    public boolean tls12() {
        return version.equals(VERSIONS.get(1));
    }

    /** The same network and seed with the other version: the run the summary compares against. */
    public TlsHandshakeScenario otherVersion() {
        return new TlsHandshakeScenario(rttMs, seed, serverName, observerView, VERSIONS.get(tls12() ? 0 : 1));
    }
}
