package org.wirewise.model.tls;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.wirewise.model.tls.cert.Certificate;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.tls.cert.ChainFault;
import org.wirewise.model.tls.cert.Check;
import org.wirewise.model.tls.cert.HostNames;
import org.wirewise.model.tls.cert.PathFailure;
import org.wirewise.model.tls.cert.Validation;

/** Every sentence of the certificate-chain lesson, built from the chain and the validator's verdicts. */
final class ChainNarration {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final CertificateChain chain;
    private final Validation validation;
    private final String alertProtection;

    /** @param alertProtection the key log label of the secret that protected the client's alert on the wire */
    ChainNarration(CertificateChain chain, Validation validation, String alertProtection) {
        this.chain = chain;
        this.validation = validation;
        this.alertProtection = alertProtection;
    }

    String clock() {
        return MINUTE.format(chain.at());
    }

    String state() {
        return validation.accepted() ? "accepted" : "sends alert " + validation.failure().alert();
    }

    String title(ChainStage stage) {
        return switch (stage) {
            case PRESENTED -> "The server presents its certificates";
            case PATH -> "Building the path: issuer to subject, up to a trusted root";
            case SIGNATURES -> "Signatures: each checked with its issuer's public key";
            case VALIDITY -> "Validity dates at the client's clock";
            case CA -> "Only a CA may sign: basicConstraints and keyUsage";
            case HOST -> "Host name: does the leaf name " + chain.host() + "?";
            case VERDICT -> validation.accepted() ? "Accepted: the handshake goes on"
                    : "Rejected: the client sends a fatal " + validation.failure().alert() + " alert";
        };
    }

    List<String> references(ChainStage stage) {
        return switch (stage) {
            case PRESENTED -> List.of("RFC 8446 §4.4.2", "RFC 5280 §4.1");
            case PATH -> List.of("RFC 5280 §6.1", "RFC 4158");
            case SIGNATURES -> List.of("RFC 5280 §6.1.3", "RFC 8410");
            case VALIDITY -> List.of("RFC 5280 §6.1.3", "RFC 5280 §4.1.2.5");
            case CA -> List.of("RFC 5280 §6.1.4", "RFC 5280 §4.2.1.9", "RFC 5280 §4.2.1.3");
            case HOST -> List.of("RFC 6125 §6.4", "RFC 9525");
            case VERDICT -> List.of("RFC 8446 §6.2", "RFC 6960", "RFC 6066 §8");
        };
    }

    String narration(ChainStage stage) {
        return switch (stage) {
            case PRESENTED -> presented();
            case PATH -> path();
            case SIGNATURES -> signatures();
            case VALIDITY -> validity();
            case CA -> ca();
            case HOST -> host();
            case VERDICT -> verdict().reason() + " " + revocation();
        };
    }

    private String presented() {
        Certificate leaf = chain.leaf();
        String sent = switch (chain.fault()) {
            case MISSING_INTERMEDIATE -> "only its leaf, " + leaf.subject().commonName()
                    + ": it forgot the intermediate " + chain.intermediate().subject().commonName() + " that signed it.";
            case SELF_SIGNED -> "one certificate, " + leaf.subject().commonName() + ", signed by its own key.";
            default -> "its leaf, " + leaf.subject().commonName() + ", and the intermediate "
                    + chain.intermediate().subject().commonName() + " that signed it.";
        };
        return "The client connected to " + chain.host() + ". In its Certificate message the server sends " + sent
                + " Each certificate binds a name to a public key and is signed by the key of the certificate above it: "
                + "the root signs the intermediate, the intermediate signs the leaf. The root is not sent: the client "
                + "has its trusted roots already, shipped with the operating system or browser"
                + (chain.fault() == ChainFault.UNTRUSTED_ROOT ? ", and " + chain.chainRoot().subject().commonName()
                + " is not among them." : ".");
    }

    private String path() {
        String how = "From the leaf up, the client looks for a certificate whose subject is the issuer name it "
                + "is at, first among its trusted roots, then among those the server sent. ";
        if (validation.anchor() != null) {
            return how + "It finds " + String.join(" → ", validation.path().stream()
                    .map(c -> c.subject().commonName()).toList()) + " → " + validation.anchor().subject().commonName()
                    + ", a root it trusts.";
        }
        Certificate top = validation.path().get(validation.path().size() - 1);
        String stop = switch (validation.failure()) {
            case SELF_SIGNED_LEAF -> top.subject().commonName() + " names itself as its issuer: it is self-signed, "
                    + "and no trusted root has that name.";
            case NO_ISSUER -> "Nothing it has is named " + top.issuer().commonName() + ", the issuer of "
                    + top.subject().commonName() + "."
                    + (chain.fault() == ChainFault.MISSING_INTERMEDIATE ? " Browsers often rescue this by fetching "
                    + "the intermediate from the URL in the leaf's Authority Information Access or from a cache; "
                    + "curl, Python and Java clients do not." : "");
            default -> "The path ends at " + top.subject().commonName() + ".";
        };
        return how + stop + " " + opensslSays(validation.failure());
    }

    private String signatures() {
        Certificate leaf = chain.leaf();
        long signatures = validation.checks().stream().filter(c -> c.kind() == Check.Kind.SIGNATURE).count();
        long good = validation.checks().stream().filter(c -> c.kind() == Check.Kind.SIGNATURE && c.passed()).count();
        String result = signatures == 0 ? "Without an issuer's certificate there is no key to check any signature with."
                : good == signatures ? plural(signatures, "signature") + " checked, " + (signatures == 1 ? "it verifies."
                : "all verify.")
                : (signatures - good) + " of " + plural(signatures, "signature") + " do not verify.";
        return "Each signature covers the certificate's tbsCertificate bytes (" + leaf.tbs().length + " for the leaf) "
                + "and must verify with the public key in the issuer's certificate; the issuer name must also be the "
                + "issuer's subject. These are Ed25519 signatures (" + leaf.signature().length + " bytes) over "
                + "32-byte keys. " + result;
    }

    private String validity() {
        StringBuilder s = new StringBuilder("The client's clock reads " + clock() + ". Each certificate is valid "
                + "from notBefore to notAfter. ");
        for (Certificate c : validation.path()) {
            s.append(c.subject().commonName()).append(": ").append(DAY.format(c.notBefore())).append(" to ")
                    .append(DAY.format(c.notAfter())).append(". ");
        }
        Certificate leaf = chain.leaf();
        if (validation.failure() == PathFailure.EXPIRED) {
            long days = ChronoUnit.DAYS.between(leaf.notAfter(), chain.at());
            s.append("The leaf expired ").append(plural(days, "day")).append(" ago. ").append(opensslSays(PathFailure.EXPIRED));
        } else {
            long days = ChronoUnit.DAYS.between(leaf.notBefore(), leaf.notAfter());
            s.append("The leaf lives ").append(days).append(" days, as public CAs issue them today.");
        }
        return s.append(" Dates up to 2049 are encoded as UTCTime with a two-digit year, later ones as GeneralizedTime.")
                .toString();
    }

    private String ca() {
        List<Check> ca = validation.checks().stream().filter(c -> c.kind() == Check.Kind.BASIC_CONSTRAINTS).toList();
        String rule = "A certificate that signs another must say cA TRUE in basicConstraints and allow keyCertSign in "
                + "keyUsage; its pathLenConstraint caps how many CAs may follow below it. ";
        if (ca.isEmpty()) {
            return rule + "No certificate on this path signs another, so there is nothing to check here.";
        }
        Certificate signer = ca.get(0).certificate();
        if (!ca.get(0).passed()) {
            return rule + signer.subject().commonName() + " is an end-entity certificate (cA FALSE, keyUsage "
                    + "digitalSignature), yet it signed " + chain.leaf().subject().commonName() + ". Were this not "
                    + "checked, any site's certificate could mint certificates for every other site (Internet "
                    + "Explorer skipped it until 2002). " + opensslSays(PathFailure.NOT_A_CA);
        }
        return rule + signer.subject().commonName() + ": cA TRUE, pathLen " + signer.pathLen()
                + ", keyCertSign: it may sign certificates, but no further CA may sit below it.";
    }

    private String host() {
        List<String> names = chain.leaf().dnsNames();
        String match = HostNames.matching(names, chain.host());
        return "The client compares the name it asked for with the leaf's subjectAltName dNSName entries: whole "
                + "labels, ignoring case; a wildcard only as the whole left-most label, standing for exactly one "
                + "(*.example.com matches shop.example.com, not example.com). The subject's common name is not "
                + "consulted. The leaf names " + String.join(", ", names) + ". "
                + (match != null ? match + " matches." : "None is " + chain.host() + ". "
                + opensslSays(PathFailure.HOST_MISMATCH));
    }

    ChainPicture.Verdict verdict() {
        if (validation.accepted()) {
            return new ChainPicture.Verdict(true, "", 0, "Every check passed. Next the client checks "
                    + "CertificateVerify: the server signs the handshake so far with the leaf's private key, proving it "
                    + "holds the key and not just a copy of the public certificate.");
        }
        PathFailure f = validation.failure();
        String rfc = f.rfcDescription().equals(f.alert()) ? "" : " RFC 8446 §6.2 would also allow "
                + f.rfcDescription() + "; this is what OpenSSL-based clients (curl, Python, most Linux programs) send.";
        String wire = alertProtection.isEmpty() ? ""
                : alertProtection.equals("none") ? " The client sends it before its own Finished, while what it writes is "
                + "still unprotected, so the alert crosses the wire in plaintext: an on-path observer can read it."
                : " On the wire the alert is a TLS record encrypted with the client's " + alertProtection + " keys.";
        return new ChainPicture.Verdict(false, f.alert(), f.alertCode(), "The first failed check decides. The client "
                + "sends a fatal alert, " + f.alert() + " (" + f.alertCode() + "), and closes the connection." + rfc + wire);
    }

    private static String revocation() {
        return "Not checked here: revocation. A CA can revoke a certificate before it expires; asking its OCSP "
                + "responder on every connection is slow and tells the CA which sites you visit, so with OCSP stapling "
                + "the server fetches a signed, short-lived OCSP response itself and sends it along with its certificate.";
    }

    String checkLabel(Check c) {
        return switch (c.kind()) {
            case ISSUER_FOUND -> c.passed() ? "issuer " + c.certificate().issuer().commonName() + " found"
                    : c.certificate().selfIssued() ? "self-signed, not trusted"
                    : "issuer " + c.certificate().issuer().commonName() + " not found";
            case SIGNATURE -> c.passed() ? "signature verifies" : "signature does not verify";
            case ISSUER_NAME -> "issuer name chains";
            case VALIDITY -> c.passed() ? "valid on " + DAY.format(chain.at())
                    : chain.at().isAfter(c.certificate().notAfter()) ? "expired " + DAY.format(c.certificate().notAfter())
                    : "not valid before " + DAY.format(c.certificate().notBefore());
            case BASIC_CONSTRAINTS -> c.passed() ? "cA TRUE" : "cA FALSE: not a CA";
            case PATH_LENGTH -> c.passed() ? "path length within limit" : "path too long";
            case KEY_USAGE -> c.passed() ? "keyCertSign allowed" : "no keyCertSign";
            case HOST_NAME -> c.passed() ? "names " + chain.host() : "does not name " + chain.host();
        };
    }

    String signedBy(Certificate c) {
        return c.selfIssued() ? "itself (self-signed)" : c.issuer().commonName();
    }

    /** The facts a card lists, a line each: validity, what it may do, the names it is for. */
    List<String> details(Certificate c) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(DAY.format(c.notBefore()) + " to " + DAY.format(c.notAfter()));
        lines.add(c.ca() ? "cA TRUE" + (c.pathLen() >= 0 ? ", pathLen " + c.pathLen() : "") : "cA FALSE: not a CA");
        c.dnsNames().forEach(n -> lines.add("names " + n));
        return lines;
    }

    private static String opensslSays(PathFailure f) {
        return f == null ? "" : "OpenSSL reports error " + f.opensslErrorCode() + " (" + f.opensslError() + ").";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
