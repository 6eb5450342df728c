package org.wirewise.model.http.h2;

/** Error codes of RST_STREAM and GOAWAY (RFC 9113 §7). */
public enum ErrorCode {
    NO_ERROR, PROTOCOL_ERROR, INTERNAL_ERROR, FLOW_CONTROL_ERROR, SETTINGS_TIMEOUT, STREAM_CLOSED,
    FRAME_SIZE_ERROR, REFUSED_STREAM, CANCEL, COMPRESSION_ERROR, CONNECT_ERROR, ENHANCE_YOUR_CALM,
    INADEQUATE_SECURITY, HTTP_1_1_REQUIRED;

    public int code() {
        return ordinal();
    }

    /** The code's name, or its number when it is one this list does not know (§7: treat as INTERNAL_ERROR). */
    public static String name(long code) {
        return code >= 0 && code < values().length ? values()[(int) code].name() : "0x" + Long.toHexString(code);
    }
}
