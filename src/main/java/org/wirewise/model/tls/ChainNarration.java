package org.wirewise.model.tls;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.tls.cert.Certificate;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.tls.cert.ChainFault;
import org.wirewise.model.tls.cert.Check;
import org.wirewise.model.tls.cert.HostNames;
import org.wirewise.model.tls.cert.PathFailure;
import org.wirewise.model.tls.cert.Validation;
import org.wirewise.model.text.Texts;

/**
 * Every sentence of the certificate-chain lesson in one language ({@code certificate-chain.properties}
 * and its translations), built from the chain and the validator's verdicts. X.509 field names, alert
 * names and OpenSSL's error names stay as the tools print them.
 */
final class ChainNarration {

    static final String TEXTS = "org.wirewise.model.tls.certificate-chain";

    /** ISO dates: the same in every language, as openssl and the RFCs write them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final CertificateChain chain;
    private final Validation validation;
    private final String alertProtection;
    private final Texts texts;

    /** @param alertProtection the key log label of the secret that protected the client's alert on the wire */
    ChainNarration(CertificateChain chain, Validation validation, String alertProtection, Locale language) {
        this.chain = chain;
        this.validation = validation;
        this.alertProtection = alertProtection;
        this.texts = Texts.of(TEXTS, language);
    }

    /** A text of the bundle: a lane, a column, a variable's name. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    String clock() {
        return MINUTE.format(chain.at());
    }

    String state() {
        return validation.accepted() ? text("state.accepted") : text("state.alert", validation.failure().alert());
    }

    String fault() {
        return text("fault." + chain.fault().name());
    }

    String title(ChainStage stage) {
        return switch (stage) {
            case HOST -> text("title.HOST", chain.host());
            case VERDICT -> validation.accepted() ? text("title.accepted")
                    : text("title.rejected", validation.failure().alert());
            default -> text("title." + stage.name());
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
            case VERDICT -> verdict().reason() + " " + text("revocation");
        };
    }

    private String presented() {
        String leaf = chain.leaf().subject().commonName();
        String intermediate = chain.intermediate().subject().commonName();
        String sent = switch (chain.fault()) {
            case MISSING_INTERMEDIATE -> text("presented.missing", leaf, intermediate);
            case SELF_SIGNED -> text("presented.selfSigned", leaf);
            default -> text("presented.both", leaf, intermediate);
        };
        String end = chain.fault() == ChainFault.UNTRUSTED_ROOT
                ? text("presented.untrusted", chain.chainRoot().subject().commonName()) : text("presented.trusted");
        return text("presented", chain.host(), sent, end);
    }

    private String path() {
        String how = text("path.how") + " ";
        if (validation.anchor() != null) {
            return how + text("path.found", String.join(" → ", validation.path().stream()
                    .map(c -> c.subject().commonName()).toList()), validation.anchor().subject().commonName());
        }
        Certificate top = validation.path().get(validation.path().size() - 1);
        String stop = switch (validation.failure()) {
            case SELF_SIGNED_LEAF -> text("path.selfSigned", top.subject().commonName());
            case NO_ISSUER -> text("path.noIssuer", top.issuer().commonName(), top.subject().commonName())
                    + (chain.fault() == ChainFault.MISSING_INTERMEDIATE ? " " + text("path.aia") : "");
            default -> text("path.ends", top.subject().commonName());
        };
        return how + stop + " " + opensslSays(validation.failure());
    }

    private String signatures() {
        Certificate leaf = chain.leaf();
        long signatures = validation.checks().stream().filter(c -> c.kind() == Check.Kind.SIGNATURE).count();
        long good = validation.checks().stream().filter(c -> c.kind() == Check.Kind.SIGNATURE && c.passed()).count();
        String result = signatures == 0 ? text("signatures.none")
                : good == signatures ? (signatures == 1 ? text("signatures.one")
                : text("signatures.all", Long.toString(signatures)))
                : signatures == 1 ? text("signatures.badOfOne", Long.toString(signatures - good))
                : text("signatures.bad", Long.toString(signatures - good), Long.toString(signatures));
        return text("signatures", Integer.toString(leaf.tbs().length), Integer.toString(leaf.signature().length),
                result);
    }

    private String validity() {
        StringBuilder s = new StringBuilder(text("validity.clock", clock())).append(' ');
        for (Certificate c : validation.path()) {
            s.append(text("validity.certificate", c.subject().commonName(), DAY.format(c.notBefore()),
                    DAY.format(c.notAfter()))).append(' ');
        }
        Certificate leaf = chain.leaf();
        if (validation.failure() == PathFailure.EXPIRED) {
            long days = ChronoUnit.DAYS.between(leaf.notAfter(), chain.at());
            s.append(days == 1 ? text("validity.expired.one") : text("validity.expired", Long.toString(days)))
                    .append(' ').append(opensslSays(PathFailure.EXPIRED));
        } else {
            long days = ChronoUnit.DAYS.between(leaf.notBefore(), leaf.notAfter());
            s.append(text("validity.lives", Long.toString(days)));
        }
        return s.append(' ').append(text("validity.encoding")).toString();
    }

    private String ca() {
        List<Check> ca = validation.checks().stream().filter(c -> c.kind() == Check.Kind.BASIC_CONSTRAINTS).toList();
        String rule = text("ca.rule") + " ";
        if (ca.isEmpty()) {
            return rule + text("ca.nothing");
        }
        Certificate signer = ca.get(0).certificate();
        if (!ca.get(0).passed()) {
            return rule + text("ca.notCa", signer.subject().commonName(), chain.leaf().subject().commonName()) + " "
                    + opensslSays(PathFailure.NOT_A_CA);
        }
        return rule + text("ca.ok", signer.subject().commonName(), Integer.toString(signer.pathLen()));
    }

    private String host() {
        List<String> names = chain.leaf().dnsNames();
        String match = HostNames.matching(names, chain.host());
        return text("host", String.join(", ", names), match != null ? text("host.match", match)
                : text("host.none", chain.host()) + " " + opensslSays(PathFailure.HOST_MISMATCH));
    }

    ChainPicture.Verdict verdict() {
        if (validation.accepted()) {
            return new ChainPicture.Verdict(true, "", 0, text("verdict.accepted"));
        }
        PathFailure f = validation.failure();
        String rfc = f.rfcDescription().equals(f.alert()) ? "" : " " + text("verdict.rfc", f.rfcDescription());
        String wire = alertProtection.isEmpty() ? ""
                : alertProtection.equals("none") ? " " + text("verdict.plaintext")
                : " " + text("verdict.encrypted", alertProtection);
        return new ChainPicture.Verdict(false, f.alert(), f.alertCode(),
                text("verdict.rejected", f.alert(), Integer.toString(f.alertCode()), rfc, wire));
    }

    String checkLabel(Check c) {
        Certificate k = c.certificate();
        return switch (c.kind()) {
            case ISSUER_FOUND -> c.passed() ? text("check.issuerFound", k.issuer().commonName())
                    : k.selfIssued() ? text("check.selfSigned") : text("check.issuerMissing", k.issuer().commonName());
            case SIGNATURE -> text(c.passed() ? "check.signature" : "check.signatureBad");
            case ISSUER_NAME -> text("check.issuerName");
            case VALIDITY -> c.passed() ? text("check.valid", DAY.format(chain.at()))
                    : chain.at().isAfter(k.notAfter()) ? text("check.expired", DAY.format(k.notAfter()))
                    : text("check.notYet", DAY.format(k.notBefore()));
            case BASIC_CONSTRAINTS -> text(c.passed() ? "check.ca" : "check.notCa");
            case PATH_LENGTH -> text(c.passed() ? "check.pathLength" : "check.pathTooLong");
            case KEY_USAGE -> text(c.passed() ? "check.keyCertSign" : "check.noKeyCertSign");
            case HOST_NAME -> text(c.passed() ? "check.names" : "check.notNames", chain.host());
        };
    }

    /** Where a check is in its RFC: "RFC 5280 §6.1.3 (a)(1)"; on a card, RFC 5280 goes without saying. */
    String section(Check.Kind kind, boolean onCard) {
        String clause = texts.has("clause." + kind.name()) ? text("clause." + kind.name()) : kind.clause();
        return onCard && kind.rfc().equals("RFC 5280") ? clause : kind.rfc() + " " + clause;
    }

    String signedBy(Certificate c) {
        return c.selfIssued() ? text("signedBy.self") : c.issuer().commonName();
    }

    /** The facts a card lists, a line each: validity, what it may do, the names it is for. */
    List<String> details(Certificate c) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(text("details.dates", DAY.format(c.notBefore()), DAY.format(c.notAfter())));
        lines.add(c.ca() ? (c.pathLen() >= 0 ? text("details.pathLen", text("check.ca"), Integer.toString(c.pathLen()))
                : text("check.ca")) : text("check.notCa"));
        c.dnsNames().forEach(n -> lines.add(text("check.names", n)));
        return lines;
    }

    private String opensslSays(PathFailure f) {
        return f == null ? "" : text("openssl", Integer.toString(f.opensslErrorCode()), f.opensslError());
    }
}
