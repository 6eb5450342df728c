package org.wirewise.model.http.ws;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One frame (RFC 6455 §5.2): FIN, opcode, the masking key if masked, and the payload as the
 * application sees it (unmasked). {@link #encode} gives the bytes on the wire with the shortest
 * length form §5.2 requires: 7 bits up to 125, 16 bits up to 65535, else 64 bits.
 *
 * @param maskKey the 32-bit masking key (§5.3), meaningful only when {@code masked}
 */
public record WsFrame(boolean fin, WsOpcode opcode, boolean masked, int maskKey, byte[] payload) {

    /** The largest payload a control frame may carry (§5.5). */
    public static final int MAX_CONTROL_PAYLOAD = 125;

    public WsFrame {
        Objects.requireNonNull(opcode);
        payload = payload.clone();
        if (opcode.isControl() && (!fin || payload.length > MAX_CONTROL_PAYLOAD)) {
            throw new IllegalArgumentException("a " + opcode.label() + " frame must be final and carry at most "
                    + MAX_CONTROL_PAYLOAD + " bytes (RFC 6455 §5.5), got fin=" + fin + ", " + payload.length + " bytes");
        }
    }

    public static WsFrame text(String text) {
        return new WsFrame(true, WsOpcode.TEXT, false, 0, text.getBytes(StandardCharsets.UTF_8));
    }

    public static WsFrame binary(byte[] data) {
        return new WsFrame(true, WsOpcode.BINARY, false, 0, data);
    }

    public static WsFrame ping(byte[] data) {
        return new WsFrame(true, WsOpcode.PING, false, 0, data);
    }

    /** The pong answering {@code ping}: the same application data (§5.5.3). */
    public static WsFrame pongFor(WsFrame ping) {
        return new WsFrame(true, WsOpcode.PONG, false, 0, ping.payload);
    }

    /** A close frame with a status code and a UTF-8 reason (§5.5.1). */
    public static WsFrame close(WsCloseCode code, String reason) {
        if (!code.sendable()) {
            throw new IllegalArgumentException(code + " may not be sent in a close frame (RFC 6455 §7.4.1)");
        }
        byte[] why = reason.getBytes(StandardCharsets.UTF_8);
        byte[] p = new byte[2 + why.length];
        p[0] = (byte) (code.code() >>> 8);
        p[1] = (byte) code.code();
        System.arraycopy(why, 0, p, 2, why.length);
        return new WsFrame(true, WsOpcode.CLOSE, false, 0, p);
    }

    /** This frame masked with {@code key}, as every client-to-server frame must be (§5.3). */
    public WsFrame maskedWith(int key) {
        return new WsFrame(fin, opcode, true, key, payload);
    }

    /** This frame with FIN set or cleared and the given opcode: the pieces of a fragmented message (§5.4). */
    public WsFrame fragment(boolean last, WsOpcode as) {
        return new WsFrame(last, as, masked, maskKey, payload);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public int payloadLength() {
        return payload.length;
    }

    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** The status code of a close frame, or 1005 when it carries none (§7.1.5). */
    public WsCloseCode closeCode() {
        if (opcode != WsOpcode.CLOSE || payload.length < 2) {
            return WsCloseCode.NO_STATUS;
        }
        return WsCloseCode.of(((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF));
    }

    /** The reason text after a close frame's status code. */
    public String closeReason() {
        return payload.length <= 2 ? "" : new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
    }

    /** Bytes before the payload: 2, plus 2 or 8 for the extended length, plus 4 for the masking key. */
    public int headerLength() {
        int extended = payload.length <= 125 ? 0 : payload.length <= 0xFFFF ? 2 : 8;
        return 2 + extended + (masked ? 4 : 0);
    }

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(headerLength() + payload.length);
        out.write((fin ? 0x80 : 0) | opcode.code());
        int maskBit = masked ? 0x80 : 0;
        int n = payload.length;
        if (n <= 125) {
            out.write(maskBit | n);
        } else if (n <= 0xFFFF) {
            out.write(maskBit | 126);
            out.write(n >>> 8);
            out.write(n);
        } else {
            out.write(maskBit | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) n >>> shift));
            }
        }
        if (!masked) {
            out.writeBytes(payload);
            return out.toByteArray();
        }
        byte[] key = keyBytes(maskKey);
        out.writeBytes(key);
        out.writeBytes(WsMasking.apply(payload, key));
        return out.toByteArray();
    }

    static byte[] keyBytes(int key) {
        return new byte[] {(byte) (key >>> 24), (byte) (key >>> 16), (byte) (key >>> 8), (byte) key};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WsFrame f && fin == f.fin && opcode == f.opcode && masked == f.masked
                && (!masked || maskKey == f.maskKey) && Arrays.equals(payload, f.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fin, opcode, masked, masked ? maskKey : 0, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return opcode.label() + (fin ? "" : " (more follows)") + (masked ? " masked" : "") + ", " + payload.length + " bytes";
    }
}
