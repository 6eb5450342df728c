package org.wirewise.model.tls.cert;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An X.509 v3 certificate read from its DER (RFC 5280 §4.1): the fields path validation looks at,
 * and where each lies in the bytes, so a view can point at them.
 */
public final class Certificate {

    /** A named part of the encoding: bytes {@code [start, end)} of {@link #der()}. */
    public record Field(String name, int start, int end) {
    }

    private final byte[] der;
    private final byte[] tbs;
    private final BigInteger serial;
    private final DistinguishedName issuer;
    private final DistinguishedName subject;
    private final byte[] issuerDer;
    private final byte[] subjectDer;
    private final ZonedDateTime notBefore;
    private final ZonedDateTime notAfter;
    private final byte[] spki;
    private final boolean hasBasicConstraints;
    private boolean ca;
    private int pathLen = -1;
    private boolean hasKeyUsage;
    private boolean keyCertSign;
    private final List<String> dnsNames = new ArrayList<>();
    private byte[] subjectKeyId = new byte[0];
    private byte[] authorityKeyId = new byte[0];
    private final byte[] signature;
    private final List<Field> fields = new ArrayList<>();

    private Certificate(byte[] der) {
        this.der = der.clone();
        DerReader.Value certificate = DerReader.read(this.der);
        List<DerReader.Value> top = certificate.children();
        DerReader.Value tbsValue = top.get(0);
        List<DerReader.Value> t = tbsValue.children();
        this.tbs = tbsValue.encoded();
        if (t.get(0).tag() != 0xA0 || t.get(0).child(0).integer().intValue() != 2) {
            throw new IllegalArgumentException("not an X.509 v3 certificate");
        }
        this.serial = t.get(1).integer();
        String algorithm = t.get(2).child(0).oid();
        if (!algorithm.equals(CertificateIssuer.ED25519)) {
            throw new IllegalArgumentException("signature algorithm " + algorithm + " is not Ed25519");
        }
        this.issuerDer = t.get(3).encoded();
        this.issuer = DistinguishedName.parse(t.get(3));
        this.notBefore = t.get(4).child(0).time();
        this.notAfter = t.get(4).child(1).time();
        this.subjectDer = t.get(5).encoded();
        this.subject = DistinguishedName.parse(t.get(5));
        this.spki = t.get(6).encoded();
        boolean constraints = false;
        if (t.size() > 7 && t.get(7).tag() == 0xA3) {
            for (DerReader.Value extension : t.get(7).child(0).children()) {
                constraints |= extension(extension);
            }
        }
        this.hasBasicConstraints = constraints;
        this.signature = top.get(2).bits();
        String[] names = {"version", "serial number", "signature algorithm", "issuer", "validity", "subject",
            "subject public key", "extensions"};
        for (int i = 0; i < t.size() && i < names.length; i++) {
            fields.add(new Field(names[i], t.get(i).start(), t.get(i).end()));
        }
        fields.add(new Field("signature", top.get(1).start(), top.get(2).end()));
    }

    /** Reads a certificate; a malformed or unsupported one is refused with what is wrong. */
    public static Certificate parse(byte[] der) {
        try {
            return new Certificate(der);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a certificate: a field is missing", e);
        }
    }

    /** Reads one extension; says whether it was basicConstraints. */
    private boolean extension(DerReader.Value extension) {
        List<DerReader.Value> parts = extension.children();
        String id = parts.get(0).oid();
        DerReader.Value value = DerReader.read(parts.get(parts.size() - 1).contents());
        switch (id) {
            case CertificateIssuer.BASIC_CONSTRAINTS -> {
                List<DerReader.Value> c = value.children();
                ca = !c.isEmpty() && c.get(0).tag() == Der.BOOLEAN && c.get(0).bool();
                if (!c.isEmpty() && c.get(c.size() - 1).tag() == Der.INTEGER) {
                    pathLen = c.get(c.size() - 1).integer().intValueExact();
                }
                return true;
            }
            case CertificateIssuer.KEY_USAGE -> {
                hasKeyUsage = true;
                byte[] bits = value.bits();
                keyCertSign = bits.length > 0 && (bits[0] & (0x80 >>> CertificateIssuer.KEY_CERT_SIGN_BIT)) != 0;
            }
            case CertificateIssuer.SUBJECT_ALT_NAME -> value.children().stream()
                    .filter(n -> n.tag() == 0x82).forEach(n -> dnsNames.add(n.text()));
            case CertificateIssuer.SUBJECT_KEY_ID -> subjectKeyId = value.contents();
            case CertificateIssuer.AUTHORITY_KEY_ID -> value.children().stream()
                    .filter(n -> n.tag() == 0x80).findFirst().ifPresent(n -> authorityKeyId = n.contents());
            default -> { } // other extensions are not needed here
        }
        return false;
    }

    public byte[] der() {
        return der.clone();
    }

    /** The signed part, TBSCertificate, as the issuer signed it. */
    public byte[] tbs() {
        return tbs.clone();
    }

    public BigInteger serial() {
        return serial;
    }

    public DistinguishedName issuer() {
        return issuer;
    }

    public DistinguishedName subject() {
        return subject;
    }

    /**
     * Whether this certificate's issuer name is {@code other}'s subject name. Compared as DER
     * bytes: RFC 5280 §7.1 allows more lenient matching, but names made the same way encode the same.
     */
    public boolean issuedBy(Certificate other) {
        return Arrays.equals(issuerDer, other.subjectDer);
    }

    /** Issuer and subject are the same name (§6.1: self-issued). */
    public boolean selfIssued() {
        return Arrays.equals(issuerDer, subjectDer);
    }

    public ZonedDateTime notBefore() {
        return notBefore;
    }

    public ZonedDateTime notAfter() {
        return notAfter;
    }

    public PublicKey publicKey() {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the subject public key is not a valid Ed25519 key", e);
        }
    }

    public boolean hasBasicConstraints() {
        return hasBasicConstraints;
    }

    public boolean ca() {
        return ca;
    }

    /** basicConstraints pathLenConstraint, or -1 when absent. */
    public int pathLen() {
        return pathLen;
    }

    public boolean hasKeyUsage() {
        return hasKeyUsage;
    }

    public boolean keyCertSign() {
        return keyCertSign;
    }

    public List<String> dnsNames() {
        return List.copyOf(dnsNames);
    }

    public byte[] subjectKeyId() {
        return subjectKeyId.clone();
    }

    public byte[] authorityKeyId() {
        return authorityKeyId.clone();
    }

    public byte[] signature() {
        return signature.clone();
    }

    /** The top-level parts of the encoding in order, for pointing at bytes. */
    public List<Field> fields() {
        return List.copyOf(fields);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Certificate c && Arrays.equals(der, c.der);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(der);
    }

    @Override
    public String toString() {
        return "Certificate[" + subject + " issued by " + issuer + "]";
    }
}
