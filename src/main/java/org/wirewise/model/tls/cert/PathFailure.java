package org.wirewise.model.tls.cert;

/**
 * Why a client rejects a server's certificate, and the alert it sends (RFC 8446 §6.2). Where the
 * RFC leaves a choice, the alert is the one OpenSSL sends (its table from verify errors to
 * alerts, ssl_x509err2alert), and the RFC's own closest description is named beside it.
 */
public enum PathFailure {
    /** No certificate the client has names the top certificate's issuer. */
    NO_ISSUER("X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY", 20, "unknown_ca", 48, "unknown_ca"),
    /** The server's own certificate is self-signed and not a trust anchor. */
    SELF_SIGNED_LEAF("X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT", 18, "unknown_ca", 48, "unknown_ca"),
    /** The chain ends in a self-signed root the client does not trust. */
    SELF_SIGNED_IN_CHAIN("X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN", 19, "unknown_ca", 48, "unknown_ca"),
    /** A signature does not verify with the issuer's public key. */
    BAD_SIGNATURE("X509_V_ERR_CERT_SIGNATURE_FAILURE", 7, "decrypt_error", 51, "bad_certificate"),
    NOT_YET_VALID("X509_V_ERR_CERT_NOT_YET_VALID", 9, "bad_certificate", 42, "certificate_expired"),
    EXPIRED("X509_V_ERR_CERT_HAS_EXPIRED", 10, "certificate_expired", 45, "certificate_expired"),
    /** A certificate that signs another is not a CA (basicConstraints cA absent or FALSE); 24 before OpenSSL 3.0. */
    NOT_A_CA("X509_V_ERR_INVALID_CA", 79, "unknown_ca", 48, "bad_certificate"),
    PATH_TOO_LONG("X509_V_ERR_PATH_LENGTH_EXCEEDED", 25, "unknown_ca", 48, "bad_certificate"),
    /** A CA's keyUsage lacks keyCertSign; OpenSSL's table has no entry, so it falls back to certificate_unknown. */
    NO_CERT_SIGN("X509_V_ERR_KEYUSAGE_NO_CERTSIGN", 32, "certificate_unknown", 46, "bad_certificate"),
    HOST_MISMATCH("X509_V_ERR_HOSTNAME_MISMATCH", 62, "bad_certificate", 42, "certificate_unknown");

    private final String opensslError;
    private final int opensslErrorCode;
    private final String alert;
    private final int alertCode;
    private final String rfcDescription;

    PathFailure(String opensslError, int opensslErrorCode, String alert, int alertCode, String rfcDescription) {
        this.opensslError = opensslError;
        this.opensslErrorCode = opensslErrorCode;
        this.alert = alert;
        this.alertCode = alertCode;
        this.rfcDescription = rfcDescription;
    }

    /** OpenSSL's verify error, as `openssl verify` prints its number. */
    public String opensslError() {
        return opensslError;
    }

    public int opensslErrorCode() {
        return opensslErrorCode;
    }

    /** The alert description a Linux/OpenSSL client sends, RFC 8446 §6.2 name. */
    public String alert() {
        return alert;
    }

    /** Its code on the wire. */
    public int alertCode() {
        return alertCode;
    }

    /** The §6.2 description that reads closest to this failure when it differs from what OpenSSL sends. */
    public String rfcDescription() {
        return rfcDescription;
    }
}
