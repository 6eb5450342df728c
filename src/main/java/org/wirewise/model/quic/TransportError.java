package org.wirewise.model.quic;

/** QUIC's transport error codes (RFC 9000 §20.1); a TLS alert becomes CRYPTO_ERROR plus the alert (RFC 9001 §4.8). */
public enum TransportError {
    NO_ERROR(0x00),
    INTERNAL_ERROR(0x01),
    CONNECTION_REFUSED(0x02),
    FLOW_CONTROL_ERROR(0x03),
    STREAM_LIMIT_ERROR(0x04),
    STREAM_STATE_ERROR(0x05),
    FINAL_SIZE_ERROR(0x06),
    FRAME_ENCODING_ERROR(0x07),
    TRANSPORT_PARAMETER_ERROR(0x08),
    CONNECTION_ID_LIMIT_ERROR(0x09),
    PROTOCOL_VIOLATION(0x0a),
    INVALID_TOKEN(0x0b),
    APPLICATION_ERROR(0x0c),
    CRYPTO_BUFFER_EXCEEDED(0x0d),
    KEY_UPDATE_ERROR(0x0e),
    AEAD_LIMIT_REACHED(0x0f),
    NO_VIABLE_PATH(0x10),
    /** 0x0100-0x01ff: the low byte is the TLS alert. */
    CRYPTO_ERROR(0x100);

    private final long code;

    TransportError(long code) {
        this.code = code;
    }

    public long code() {
        return code;
    }

    /** The RFC's name for {@code code}, with the alert number for a crypto error. */
    public static String name(long code) {
        if (code >= 0x100 && code <= 0x1ff) {
            return "CRYPTO_ERROR (TLS alert " + (code - 0x100) + ")";
        }
        for (TransportError e : values()) {
            if (e.code == code) {
                return e.name();
            }
        }
        return "0x" + Long.toHexString(code);
    }
}
