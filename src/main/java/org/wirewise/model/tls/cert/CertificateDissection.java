package org.wirewise.model.tls.cert;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewise.model.packet.Field;
import org.wirewise.model.text.Texts;

/**
 * A certificate's DER as a field tree for the bytes view, named as RFC 5280 §4.1 names the parts,
 * each at its exact bytes.
 */
public final class CertificateDissection {

    private static final Map<String, String> EXTENSIONS = Map.of(
            CertificateIssuer.BASIC_CONSTRAINTS, "basicConstraints",
            CertificateIssuer.KEY_USAGE, "keyUsage",
            CertificateIssuer.SUBJECT_ALT_NAME, "subjectAltName",
            CertificateIssuer.SUBJECT_KEY_ID, "subjectKeyIdentifier",
            CertificateIssuer.AUTHORITY_KEY_ID, "authorityKeyIdentifier");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private CertificateDissection() {
    }

    /** The field tree with its values in English. */
    public static Field of(Certificate c) {
        return of(c, Locale.ENGLISH);
    }

    /** The field tree with its descriptive values in {@code language}; field names stay RFC 5280's. */
    public static Field of(Certificate c, Locale language) {
        Texts words = Texts.of("org.wirewise.model.tls.cert.certificate-fields", language);
        byte[] der = c.der();
        DerReader.Value top = DerReader.read(der);
        DerReader.Value tbs = top.child(0);
        List<DerReader.Value> t = tbs.children();
        List<Field> tbsFields = new ArrayList<>();
        tbsFields.add(leaf("version", "v3 (2)", t.get(0)));
        tbsFields.add(leaf("serialNumber", c.serial().toString(16), t.get(1)));
        tbsFields.add(leaf("signature", "Ed25519 (" + CertificateIssuer.ED25519 + ")", t.get(2)));
        tbsFields.add(leaf("issuer", c.issuer().toString(), t.get(3)));
        tbsFields.add(node("validity", "", t.get(4), List.of(
                leaf("notBefore", TIME.format(c.notBefore()) + timeType(t.get(4).child(0)), t.get(4).child(0)),
                leaf("notAfter", TIME.format(c.notAfter()) + timeType(t.get(4).child(1)), t.get(4).child(1)))));
        tbsFields.add(leaf("subject", c.subject().toString(), t.get(5)));
        tbsFields.add(leaf("subjectPublicKeyInfo", words.get("publicKey"), t.get(6)));
        if (t.size() > 7) {
            List<Field> extensions = new ArrayList<>();
            for (DerReader.Value e : t.get(7).child(0).children()) {
                String oid = e.child(0).oid();
                boolean critical = e.children().size() == 3;
                extensions.add(leaf(EXTENSIONS.getOrDefault(oid, oid), (critical ? "critical: " : "")
                        + extensionValue(c, oid), e));
            }
            tbsFields.add(node("extensions", words.get("extensions", Integer.toString(extensions.size())), t.get(7), extensions));
        }
        List<Field> parts = List.of(
                node("tbsCertificate", words.get("tbsCertificate"), tbs, tbsFields),
                leaf("signatureAlgorithm", "Ed25519", top.child(1)),
                leaf("signatureValue", words.get("signatureValue", Integer.toString(c.signature().length)), top.child(2)));
        return new Field("Certificate", c.subject().commonName(), 0, der.length, parts);
    }

    private static String timeType(DerReader.Value v) {
        return v.tag() == Der.UTC_TIME ? " (UTCTime)" : " (GeneralizedTime)";
    }

    private static String extensionValue(Certificate c, String oid) {
        return switch (oid) {
            case CertificateIssuer.BASIC_CONSTRAINTS -> "cA " + (c.ca() ? "TRUE" : "FALSE")
                    + (c.pathLen() >= 0 ? ", pathLen " + c.pathLen() : "");
            case CertificateIssuer.KEY_USAGE -> c.keyCertSign() ? "keyCertSign, cRLSign" : "digitalSignature";
            case CertificateIssuer.SUBJECT_ALT_NAME -> String.join(", ", c.dnsNames());
            case CertificateIssuer.SUBJECT_KEY_ID -> HexFormat.of().formatHex(c.subjectKeyId());
            case CertificateIssuer.AUTHORITY_KEY_ID -> HexFormat.of().formatHex(c.authorityKeyId());
            default -> "";
        };
    }

    private static Field leaf(String name, String value, DerReader.Value v) {
        return Field.leaf(name, value, v.start(), v.end() - v.start());
    }

    private static Field node(String name, String value, DerReader.Value v, List<Field> children) {
        return new Field(name, value, v.start(), v.end() - v.start(), children);
    }
}
