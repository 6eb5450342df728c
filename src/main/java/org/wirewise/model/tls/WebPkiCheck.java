package org.wirewise.model.tls;

import java.security.PublicKey;
import java.time.ZonedDateTime;
import java.util.List;
import org.wirewise.model.tls.cert.Certificate;
import org.wirewise.model.tls.cert.PathValidator;
import org.wirewise.model.tls.cert.Validation;

/**
 * A browser's check of the server's chain: RFC 5280 path validation to one of its trusted roots
 * at its clock, and the host name it asked for (RFC 6125). A failure becomes the alert the
 * validator names for it.
 */
public final class WebPkiCheck implements CertificateCheck {

    private final List<Certificate> trusted;
    private final ZonedDateTime clock;
    private Validation last;

    public WebPkiCheck(List<Certificate> trusted, ZonedDateTime clock) {
        this.trusted = List.copyOf(trusted);
        this.clock = clock;
    }

    /** The verdict on the last chain checked, if one was. */
    public java.util.Optional<Validation> lastValidation() {
        return java.util.Optional.ofNullable(last);
    }

    @Override
    public PublicKey check(List<byte[]> chain, String serverName) {
        if (chain.isEmpty()) {
            throw new TlsAlertException(AlertDescription.DECODE_ERROR, "the server sent no certificate (§4.4.2)");
        }
        List<Certificate> sent;
        try {
            sent = chain.stream().map(Certificate::parse).toList();
        } catch (RuntimeException e) {
            throw new TlsAlertException(AlertDescription.BAD_CERTIFICATE, "a certificate does not parse: " + e.getMessage());
        }
        last = PathValidator.validate(sent, trusted, clock, serverName);
        if (!last.accepted()) {
            throw new TlsAlertException(AlertDescription.of(last.failure().alertCode()), last.failure().opensslError());
        }
        return sent.get(0).publicKey();
    }
}
