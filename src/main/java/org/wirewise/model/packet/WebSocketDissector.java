package org.wirewise.model.packet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * WebSocket frames (RFC 6455 §5.2), one "WebSocket" layer per frame as tshark shows them. tshark
 * knows a connection is WebSocket from the upgrade it saw earlier; a per-segment dissector cannot,
 * so this one is a strict heuristic: it accepts a payload only when it is exactly a run of
 * well-formed frames (no RSV bit, a defined opcode, shortest length form, control frames final
 * and at most 125 bytes, all masked or all unmasked) and declines anything else.
 */
public final class WebSocketDissector {

    private static final String[] OPCODES = {"Continuation", "Text", "Binary", null, null, null, null, null,
            "Connection Close", "Ping", "Pong"};

    private WebSocketDissector() {
    }

    public static boolean dissect(byte[] b, int off, int end, List<Field> layers) {
        List<Field> frames = new ArrayList<>();
        int at = off;
        Boolean maskedRun = null;
        while (at < end) {
            int next = frame(b, at, end, frames);
            if (next < 0) {
                return false;
            }
            boolean masked = (b[at + 1] & 0x80) != 0;
            if (maskedRun != null && maskedRun != masked) {
                return false;
            }
            maskedRun = masked;
            at = next;
        }
        layers.addAll(frames);
        return !frames.isEmpty();
    }

    /** Adds the frame at {@code at} and returns where the next begins, or -1 if these bytes are not a whole frame. */
    private static int frame(byte[] b, int at, int end, List<Field> frames) {
        if (end - at < 2) {
            return -1;
        }
        int b0 = b[at] & 0xFF;
        int b1 = b[at + 1] & 0xFF;
        int op = b0 & 0x0F;
        boolean fin = (b0 & 0x80) != 0;
        if ((b0 & 0x70) != 0 || op >= OPCODES.length || OPCODES[op] == null) {
            return -1;
        }
        boolean masked = (b1 & 0x80) != 0;
        int len7 = b1 & 0x7F;
        int extended = len7 == 126 ? 2 : len7 == 127 ? 8 : 0;
        if (end - at < 2 + extended) {
            return -1;
        }
        long length = extended == 0 ? len7 : 0;
        for (int i = 0; i < extended; i++) {
            length = length << 8 | (b[at + 2 + i] & 0xFF);
        }
        boolean control = op >= 8;
        if (length < 0 || (extended == 2 && length < 126) || (extended == 8 && length <= 0xFFFF)
                || (control && (!fin || length > 125)) || (op == 0 && !fin && length == 0)) {
            return -1;
        }
        int keyAt = at + 2 + extended;
        int payloadAt = keyAt + (masked ? 4 : 0);
        if (end - payloadAt < length) {
            return -1;
        }
        int payloadEnd = payloadAt + (int) length;
        Layer ws = new Layer("WebSocket", at);
        ws.leaf("Fin", fin ? "True" : "False", at, 1);
        ws.leaf("Opcode", OPCODES[op] + " (" + op + ")", at, 1);
        ws.leaf("Mask", masked ? "True" : "False", at + 1, 1);
        ws.leaf("Payload length", Integer.toString(len7), at + 1, 1);
        if (extended > 0) {
            ws.leaf("Extended Payload length (" + (extended * 8) + " bits)", Long.toString(length), at + 2, extended);
        }
        byte[] payload = new byte[(int) length];
        System.arraycopy(b, payloadAt, payload, 0, payload.length);
        if (masked) {
            ws.leaf("Masking-Key", Names.hex((int) Wire.u32(b, keyAt), 8), keyAt, 4);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= b[keyAt + (i & 3)];
            }
        }
        ws.add(payloadField(op, payload, payloadAt, (int) length));
        frames.add(ws.build(payloadEnd));
        return payloadEnd;
    }

    private static Field payloadField(int op, byte[] payload, int at, int length) {
        if (op == 8 && payload.length >= 2) {
            int code = (payload[0] & 0xFF) << 8 | (payload[1] & 0xFF);
            String reason = new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
            return new Field("Payload", "", at, length, List.of(
                    Field.leaf("Close", Integer.toString(code), at, 2),
                    Field.leaf("Reason", reason, at + 2, length - 2)));
        }
        String shown = op == 1 ? "Text: " + new String(payload, StandardCharsets.UTF_8) : Names.bytes(length);
        return Field.leaf("Payload", shown, at, length);
    }
}
