package org.wirewise.model.tls;

/** Handshake message types (RFC 8446 §4, and TLS 1.2's own from RFC 5246 §7.4) with their codes. */
public enum HandshakeType {
    CLIENT_HELLO(1, "ClientHello"),
    SERVER_HELLO(2, "ServerHello"),
    NEW_SESSION_TICKET(4, "NewSessionTicket"),
    END_OF_EARLY_DATA(5, "EndOfEarlyData"),
    ENCRYPTED_EXTENSIONS(8, "EncryptedExtensions"),
    CERTIFICATE(11, "Certificate"),
    /** TLS 1.2 only (RFC 5246 §7.4.3): the server's signed ECDHE share. */
    SERVER_KEY_EXCHANGE(12, "ServerKeyExchange"),
    CERTIFICATE_REQUEST(13, "CertificateRequest"),
    /** TLS 1.2 only (RFC 5246 §7.4.5): the end of the server's first flight. */
    SERVER_HELLO_DONE(14, "ServerHelloDone"),
    CERTIFICATE_VERIFY(15, "CertificateVerify"),
    /** TLS 1.2 only (RFC 5246 §7.4.7): the client's ECDHE share. */
    CLIENT_KEY_EXCHANGE(16, "ClientKeyExchange"),
    FINISHED(20, "Finished"),
    KEY_UPDATE(24, "KeyUpdate"),
    MESSAGE_HASH(254, "message_hash");

    private final int code;
    private final String rfcName;

    HandshakeType(int code, String rfcName) {
        this.code = code;
        this.rfcName = rfcName;
    }

    public int code() {
        return code;
    }

    /** The message's name as the RFC writes it. */
    public String rfcName() {
        return rfcName;
    }

    public static HandshakeType of(int code) {
        for (HandshakeType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, "unknown handshake message type " + code);
    }
}
