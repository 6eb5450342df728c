package org.wirewise.model.http.h2;

/** HTTP/2 frame types (RFC 9113 §6). */
public enum FrameType {
    DATA(0x0, "6.1"), HEADERS(0x1, "6.2"), PRIORITY(0x2, "6.3"), RST_STREAM(0x3, "6.4"), SETTINGS(0x4, "6.5"),
    PUSH_PROMISE(0x5, "6.6"), PING(0x6, "6.7"), GOAWAY(0x7, "6.8"), WINDOW_UPDATE(0x8, "6.9"),
    CONTINUATION(0x9, "6.10");

    private final int code;
    private final String section;

    FrameType(int code, String section) {
        this.code = code;
        this.section = section;
    }

    public int code() {
        return code;
    }

    /** The RFC 9113 section defining it. */
    public String section() {
        return section;
    }

    /** The type with this code, or null for an extension type a receiver ignores (§4.1). */
    public static FrameType of(int code) {
        return code >= 0 && code < values().length ? values()[code] : null;
    }
}
