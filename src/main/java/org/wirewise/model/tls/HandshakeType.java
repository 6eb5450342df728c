package org.wirewise.model.tls;

/** Handshake message types (RFC 8446 §4) with their codes. */
public enum HandshakeType {
    CLIENT_HELLO(1, "ClientHello"),
    SERVER_HELLO(2, "ServerHello"),
    NEW_SESSION_TICKET(4, "NewSessionTicket"),
    END_OF_EARLY_DATA(5, "EndOfEarlyData"),
    ENCRYPTED_EXTENSIONS(8, "EncryptedExtensions"),
    CERTIFICATE(11, "Certificate"),
    CERTIFICATE_REQUEST(13, "CertificateRequest"),
    CERTIFICATE_VERIFY(15, "CertificateVerify"),
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
