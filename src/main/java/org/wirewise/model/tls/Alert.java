package org.wirewise.model.tls;

/**
 * An alert message (RFC 8446 §6): a level and a description. In TLS 1.3 every error alert is
 * fatal and the level is ignored by the receiver; close_notify is sent as a warning (level 1).
 */
public record Alert(int level, AlertDescription description) {

    public static final int WARNING = 1;
    public static final int FATAL = 2;

    /** The alert TLS 1.3 sends for {@code d}: close_notify and user_canceled as warnings, the rest fatal. */
    public static Alert of(AlertDescription d) {
        boolean closure = d == AlertDescription.CLOSE_NOTIFY || d == AlertDescription.USER_CANCELED;
        return new Alert(closure ? WARNING : FATAL, d);
    }

    public byte[] encode() {
        return new byte[] {(byte) level, (byte) description.code()};
    }

    public static Alert decode(byte[] body) {
        if (body.length != 2) {
            throw new TlsAlertException(AlertDescription.DECODE_ERROR, "an alert is 2 bytes, not " + body.length);
        }
        return new Alert(body[0] & 0xFF, AlertDescription.of(body[1] & 0xFF));
    }
}
