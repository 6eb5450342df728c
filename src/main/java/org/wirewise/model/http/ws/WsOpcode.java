package org.wirewise.model.http.ws;

import java.util.Optional;

/** The frame opcodes RFC 6455 §5.2 defines; 3–7 and 0xB–0xF are reserved, so a frame using one fails the connection. */
public enum WsOpcode {
    CONTINUATION(0x0, "continuation"),
    TEXT(0x1, "text"),
    BINARY(0x2, "binary"),
    CLOSE(0x8, "close"),
    PING(0x9, "ping"),
    PONG(0xA, "pong");

    private final int code;
    private final String label;

    WsOpcode(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Control frames (§5.5) have the high bit of the opcode set: close, ping, pong. */
    public boolean isControl() {
        return (code & 0x8) != 0;
    }

    public static Optional<WsOpcode> of(int code) {
        for (WsOpcode o : values()) {
            if (o.code == code) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
