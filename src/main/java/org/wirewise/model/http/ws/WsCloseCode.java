package org.wirewise.model.http.ws;

import java.util.Map;

/**
 * A close status code (RFC 6455 §7.4.1) and its meaning. 1005 and 1006 are only ever reported
 * locally: §7.4.1 forbids sending them in a close frame.
 */
public record WsCloseCode(int code, String meaning) {

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(1000, "normal closure"), Map.entry(1001, "going away"),
            Map.entry(1002, "protocol error"), Map.entry(1003, "unsupported data"),
            Map.entry(1005, "no status received"), Map.entry(1006, "abnormal closure"),
            Map.entry(1007, "invalid payload data"), Map.entry(1008, "policy violation"),
            Map.entry(1009, "message too big"), Map.entry(1010, "mandatory extension"),
            Map.entry(1011, "internal error"));

    public static final WsCloseCode NORMAL = of(1000);
    public static final WsCloseCode GOING_AWAY = of(1001);
    public static final WsCloseCode PROTOCOL_ERROR = of(1002);
    public static final WsCloseCode NO_STATUS = of(1005);
    public static final WsCloseCode INVALID_PAYLOAD = of(1007);
    public static final WsCloseCode MESSAGE_TOO_BIG = of(1009);

    public static WsCloseCode of(int code) {
        String m = MEANINGS.get(code);
        if (m != null) {
            return new WsCloseCode(code, m);
        }
        if (code >= 3000 && code <= 4999) {
            return new WsCloseCode(code, code < 4000 ? "registered by a library or framework" : "private use");
        }
        return new WsCloseCode(code, "not a code an endpoint may send");
    }

    /** Whether a close frame may carry this code (§7.4.1, §7.4.2): the defined ones except 1005/1006, or 3000–4999. */
    public boolean sendable() {
        return (MEANINGS.containsKey(code) && code != 1005 && code != 1006) || (code >= 3000 && code <= 4999);
    }

    @Override
    public String toString() {
        return code + " (" + meaning + ")";
    }
}
