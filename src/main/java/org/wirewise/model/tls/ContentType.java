package org.wirewise.model.tls;

/** Record content types (RFC 8446 §5.1). */
public enum ContentType {
    CHANGE_CIPHER_SPEC(20), ALERT(21), HANDSHAKE(22), APPLICATION_DATA(23);

    private final int code;

    ContentType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with this code; any other is an unexpected_message (§5). */
    public static ContentType of(int code) {
        for (ContentType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, "unknown record content type " + code);
    }
}
