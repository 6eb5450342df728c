package org.wirewise.model.tls;

import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * How a client decides to believe the server's certificate chain for the name it asked for: it
 * returns the leaf's public key, or fails with the alert RFC 8446 §6.2 names (bad_certificate,
 * unknown_ca, certificate_expired...). Path validation (RFC 5280) plugs in here.
 */
@FunctionalInterface
public interface CertificateCheck {

    PublicKey check(List<byte[]> chain, String serverName);

    /** Trusts exactly one leaf certificate, whatever name was asked for: a pinned key, for tests and lessons. */
    static CertificateCheck pinned(byte[] leafDer) {
        byte[] pin = leafDer.clone();
        return (chain, serverName) -> {
            if (chain.isEmpty()) {
                throw new TlsAlertException(AlertDescription.DECODE_ERROR, "the server sent no certificate (§4.4.2)");
            }
            if (!Arrays.equals(chain.get(0), pin)) {
                throw new TlsAlertException(AlertDescription.UNKNOWN_CA, "the server's certificate is not the one this client trusts");
            }
            return parse(chain.get(0)).getPublicKey();
        };
    }

    /** A DER certificate as the JDK reads it; bytes that are no certificate are bad_certificate. */
    static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new TlsAlertException(AlertDescription.BAD_CERTIFICATE, "not a certificate: " + e.getMessage());
        }
    }
}
