package org.wirewise.model.http.ws;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads frames from one direction of a connection, fed bytes in whatever pieces TCP delivers
 * them. It checks what RFC 6455 §5.2 and §5.5 ask of every frame: no RSV bit without an
 * extension, a defined opcode, the shortest length form, control frames final and at most 125
 * bytes, and masking by direction (§5.1: a client masks every frame, a server masks none). The
 * first violation stops the parser with close code 1002; a payload over the limit stops it with 1009.
 */
public final class WsFrameParser {

    /** Who sent the bytes this parser reads. */
    public enum Sender { CLIENT, SERVER }

    private final Sender sender;
    private final int maxPayload;
    private byte[] buf = new byte[0];
    private long consumed;
    private WsProtocolError error;

    public WsFrameParser(Sender sender, int maxPayload) {
        this.sender = sender;
        this.maxPayload = maxPayload;
    }

    /** A parser accepting payloads up to 1 MiB. */
    public WsFrameParser(Sender sender) {
        this(sender, 1 << 20);
    }

    /** The frames these bytes complete, in order; none once the parser has failed. */
    public List<WsFrame> feed(byte[] bytes) {
        List<WsFrame> frames = new ArrayList<>();
        if (error != null) {
            return frames;
        }
        byte[] all = Arrays.copyOf(buf, buf.length + bytes.length);
        System.arraycopy(bytes, 0, all, buf.length, bytes.length);
        int at = 0;
        while (error == null) {
            int used = next(all, at, frames);
            if (used == 0) {
                break;
            }
            at += used;
            consumed += used;
        }
        buf = error == null ? Arrays.copyOfRange(all, at, all.length) : new byte[0];
        return frames;
    }

    public Optional<WsProtocolError> error() {
        return Optional.ofNullable(error);
    }

    /** Bytes received that do not yet make a whole frame. */
    public int pending() {
        return buf.length;
    }

    /** Reads one frame at {@code at} and returns its size, or 0 when more bytes are needed or it failed. */
    private int next(byte[] b, int at, List<WsFrame> frames) {
        int avail = b.length - at;
        if (avail < 2) {
            return 0;
        }
        int b0 = b[at] & 0xFF;
        int b1 = b[at + 1] & 0xFF;
        boolean fin = (b0 & 0x80) != 0;
        if ((b0 & 0x70) != 0) {
            return fail(WsCloseCode.PROTOCOL_ERROR, "RSV bits set without a negotiated extension (RFC 6455 §5.2)");
        }
        Optional<WsOpcode> opcode = WsOpcode.of(b0 & 0x0F);
        if (opcode.isEmpty()) {
            return fail(WsCloseCode.PROTOCOL_ERROR, "reserved opcode 0x" + Integer.toHexString(b0 & 0x0F) + " (RFC 6455 §5.2)");
        }
        boolean masked = (b1 & 0x80) != 0;
        if (masked != (sender == Sender.CLIENT)) {
            return fail(WsCloseCode.PROTOCOL_ERROR, sender == Sender.CLIENT
                    ? "an unmasked frame from the client (RFC 6455 §5.1: a server must close the connection)"
                    : "a masked frame from the server (RFC 6455 §5.1: a client must close the connection)");
        }
        int len7 = b1 & 0x7F;
        int extended = len7 == 126 ? 2 : len7 == 127 ? 8 : 0;
        if (avail < 2 + extended) {
            return 0;
        }
        long length = extended == 0 ? len7 : 0;
        for (int i = 0; i < extended; i++) {
            length = length << 8 | (b[at + 2 + i] & 0xFF);
        }
        if (length < 0) {
            return fail(WsCloseCode.PROTOCOL_ERROR, "64-bit length with its most significant bit set (RFC 6455 §5.2)");
        }
        if ((extended == 2 && length < 126) || (extended == 8 && length <= 0xFFFF)) {
            return fail(WsCloseCode.PROTOCOL_ERROR, "length " + length + " not in the shortest form (RFC 6455 §5.2)");
        }
        if (opcode.get().isControl() && (!fin || length > WsFrame.MAX_CONTROL_PAYLOAD)) {
            return fail(WsCloseCode.PROTOCOL_ERROR, "a " + opcode.get().label()
                    + " frame that is fragmented or longer than 125 bytes (RFC 6455 §5.5)");
        }
        if (length > maxPayload) {
            return fail(WsCloseCode.MESSAGE_TOO_BIG, "a " + length + "-byte payload; this endpoint accepts at most " + maxPayload);
        }
        int header = 2 + extended + (masked ? 4 : 0);
        if (avail < header + length) {
            return 0;
        }
        byte[] payload = Arrays.copyOfRange(b, at + header, at + header + (int) length);
        int key = 0;
        if (masked) {
            byte[] k = Arrays.copyOfRange(b, at + header - 4, at + header);
            payload = WsMasking.apply(payload, k);
            key = (k[0] & 0xFF) << 24 | (k[1] & 0xFF) << 16 | (k[2] & 0xFF) << 8 | (k[3] & 0xFF);
        }
        frames.add(new WsFrame(fin, opcode.get(), masked, key, payload));
        return header + (int) length;
    }

    private int fail(WsCloseCode code, String reason) {
        error = new WsProtocolError(code, reason, consumed);
        return 0;
    }
}
