package org.wirewise.model.tls.cert;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a {@link CertificateSpec} as an X.509 v3 certificate (RFC 5280 §4.1) and signs it with
 * the issuer's Ed25519 key (RFC 8410: algorithm id-Ed25519 with no parameters, the key and
 * signature as BIT STRINGs). Ed25519 signatures need no randomness, so the same keys and spec
 * always give the same bytes.
 */
public final class CertificateIssuer {

    static final String ED25519 = "1.3.101.112";
    static final String BASIC_CONSTRAINTS = "2.5.29.19";
    static final String KEY_USAGE = "2.5.29.15";
    static final String SUBJECT_ALT_NAME = "2.5.29.17";
    static final String SUBJECT_KEY_ID = "2.5.29.14";
    static final String AUTHORITY_KEY_ID = "2.5.29.35";
    /** keyUsage bits are numbered from the most significant bit of the first octet. */
    static final int DIGITAL_SIGNATURE_BIT = 0;
    static final int KEY_CERT_SIGN_BIT = 5;
    static final int CRL_SIGN_BIT = 6;

    private CertificateIssuer() {
    }

    /**
     * @param subjectKey the key the certificate vouches for
     * @param issuerKey  the key the issuer signs with (the subject's own for a self-signed certificate)
     * @param issuerKeyId the issuer's subjectKeyIdentifier, for authorityKeyIdentifier
     */
    public static Certificate issue(CertificateSpec spec, PublicKey subjectKey, PrivateKey issuerKey, byte[] issuerKeyId) {
        byte[] spki = subjectKey.getEncoded(); // SubjectPublicKeyInfo, RFC 8410 §4
        byte[] algorithm = Der.sequence(Der.oid(ED25519));
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(2)), // version v3 is the value 2
                Der.integer(spec.serial()),
                algorithm,
                spec.issuer().der(),
                Der.sequence(Der.time(spec.notBefore()), Der.time(spec.notAfter())),
                spec.subject().der(),
                spki,
                Der.explicit(3, Der.sequence(extensions(spec, spki, issuerKeyId).toArray(byte[][]::new))));
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(issuerKey);
            signer.update(tbs);
            byte[] signature = signer.sign();
            return Certificate.parse(Der.sequence(tbs, algorithm, Der.bitString(signature, 0)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot sign with Ed25519", e);
        }
    }

    /** The key identifier of RFC 5280 §4.2.1.2 method (1): SHA-1 of the subjectPublicKey bits. */
    public static byte[] keyIdentifier(PublicKey key) {
        return keyIdentifierOf(key.getEncoded());
    }

    private static List<byte[]> extensions(CertificateSpec spec, byte[] spki, byte[] issuerKeyId) {
        List<byte[]> extensions = new ArrayList<>();
        // §4.2.1.9: critical in CA certificates; cA FALSE is the DEFAULT, so DER leaves it out.
        List<byte[]> constraints = new ArrayList<>();
        if (spec.ca()) {
            constraints.add(Der.bool(true));
            if (spec.pathLen() >= 0) {
                constraints.add(Der.integer(spec.pathLen()));
            }
        }
        extensions.add(extension(BASIC_CONSTRAINTS, true, Der.sequence(constraints.toArray(byte[][]::new))));
        extensions.add(extension(KEY_USAGE, true, spec.keyCertSign()
                ? namedBits(KEY_CERT_SIGN_BIT, CRL_SIGN_BIT) : namedBits(DIGITAL_SIGNATURE_BIT)));
        if (!spec.dnsNames().isEmpty()) {
            byte[][] names = spec.dnsNames().stream()
                    .map(n -> Der.implicit(2, n.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                    .toArray(byte[][]::new); // dNSName [2] IA5String
            extensions.add(extension(SUBJECT_ALT_NAME, false, Der.sequence(names)));
        }
        byte[] ownId = keyIdentifierOf(spki);
        extensions.add(extension(SUBJECT_KEY_ID, false, Der.octetString(ownId)));
        extensions.add(extension(AUTHORITY_KEY_ID, false, Der.sequence(Der.implicit(0, issuerKeyId))));
        return extensions;
    }

    private static byte[] keyIdentifierOf(byte[] spki) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(DerReader.read(spki).child(1).bits());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /** Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }. */
    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value));
    }

    /** A DER named-bit list: trailing zero bits dropped, the count of unused bits in front (X.690 §11.2.2). */
    private static byte[] namedBits(int... bits) {
        int highest = 0;
        int value = 0;
        for (int bit : bits) {
            value |= 0x80 >>> bit;
            highest = Math.max(highest, bit);
        }
        return Der.bitString(new byte[] {(byte) value}, 7 - highest);
    }
}
