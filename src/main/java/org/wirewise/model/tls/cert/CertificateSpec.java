package org.wirewise.model.tls.cert;

import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a certificate says before it is signed: the TBSCertificate fields of RFC 5280 §4.1 and the
 * extensions the lessons show.
 *
 * @param ca          basicConstraints cA (§4.2.1.9): may this key sign certificates?
 * @param pathLen     basicConstraints pathLenConstraint: how many CAs may follow below, or -1 for no limit
 * @param keyCertSign keyUsage (§4.2.1.3) keyCertSign; when false the key is for digitalSignature
 * @param dnsNames    subjectAltName dNSName entries (§4.2.1.6), the names a client matches
 */
public record CertificateSpec(BigInteger serial, DistinguishedName issuer, DistinguishedName subject,
                              ZonedDateTime notBefore, ZonedDateTime notAfter, boolean ca, int pathLen,
                              boolean keyCertSign, List<String> dnsNames) {

    public CertificateSpec {
        Objects.requireNonNull(serial, "serial");
        if (serial.signum() <= 0 || serial.bitLength() > 159) {
            throw new IllegalArgumentException("a serial number is positive and at most 20 octets (RFC 5280 §4.1.2.2)");
        }
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        if (!notBefore.isBefore(notAfter)) {
            throw new IllegalArgumentException("notBefore " + notBefore + " is not before notAfter " + notAfter);
        }
        dnsNames = List.copyOf(dnsNames);
    }
}
