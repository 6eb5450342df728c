package org.wirewise.model.tls;

/**
 * Parameters of the mutual TLS lesson.
 *
 * @param clientCertificate what the calling service presents when the server asks
 * @param seed              seeds every random byte: TCP's ISNs and ports, TLS randoms, key shares, certificates
 */
public record MtlsScenario(ClientCertificate clientCertificate, long seed) {

    /** The calling service's certificate, one per scenario. */
    public enum ClientCertificate {
        /** A leaf for client.example.com from the CA the server trusts. */
        TRUSTED,
        /** None: the client answers the request with an empty Certificate. */
        NONE,
        /** A leaf for client.example.com from a CA the server does not know. */
        UNTRUSTED_CA
    }

    public static final MtlsScenario DEFAULTS = new MtlsScenario(ClientCertificate.TRUSTED, 1);
}
