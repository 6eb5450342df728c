package org.wirewise.model.http.ws;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Joins data frames into messages (RFC 6455 §5.4): a text or binary frame starts a message,
 * continuation frames extend it, FIN ends it; control frames may arrive between fragments and
 * pass straight through. A continuation with no message open, or a new message before the last
 * ended, fails with 1002; a text message that is not UTF-8 fails with 1007 (§8.1).
 */
public final class WsMessages {

    /** A whole message and how many frames carried it. */
    public record Message(WsOpcode type, byte[] data, int frames) {
        public String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    private WsOpcode open;
    private final ByteArrayOutputStream parts = new ByteArrayOutputStream();
    private int frames;
    private WsProtocolError error;

    /** The message {@code frame} completes, if any; empty for control frames and non-final fragments. */
    public Optional<Message> accept(WsFrame frame, long offset) {
        if (error != null || frame.opcode().isControl()) {
            return Optional.empty();
        }
        if (frame.opcode() == WsOpcode.CONTINUATION) {
            if (open == null) {
                return fail(WsCloseCode.PROTOCOL_ERROR, "a continuation frame with no fragmented message open (RFC 6455 §5.4)", offset);
            }
        } else if (open != null) {
            return fail(WsCloseCode.PROTOCOL_ERROR, "a new " + frame.opcode().label()
                    + " message before the fragmented one ended (RFC 6455 §5.4)", offset);
        } else {
            open = frame.opcode();
        }
        parts.writeBytes(frame.payload());
        frames++;
        if (!frame.fin()) {
            return Optional.empty();
        }
        Message m = new Message(open, parts.toByteArray(), frames);
        open = null;
        parts.reset();
        frames = 0;
        if (m.type() == WsOpcode.TEXT && !utf8(m.data())) {
            return fail(WsCloseCode.INVALID_PAYLOAD, "a text message that is not valid UTF-8 (RFC 6455 §8.1)", offset);
        }
        return Optional.of(m);
    }

    public Optional<WsProtocolError> error() {
        return Optional.ofNullable(error);
    }

    /** Whether a fragmented message has begun and not ended. */
    public boolean inMessage() {
        return open != null;
    }

    private Optional<Message> fail(WsCloseCode code, String reason, long offset) {
        error = new WsProtocolError(code, reason, offset);
        return Optional.empty();
    }

    private static boolean utf8(byte[] data) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
