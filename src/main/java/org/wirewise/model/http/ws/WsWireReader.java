package org.wirewise.model.http.ws;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads one direction of a captured connection as a WebSocket endpoint would: the HTTP header
 * section of the handshake first, then frames. A lesson feeds it each segment's payload to learn
 * what that segment completed.
 */
final class WsWireReader {

    /** What one segment completed: the handshake's header section (as text), and the frames. */
    record Seen(Optional<String> handshake, List<WsFrame> frames) {
        boolean isEmpty() {
            return handshake.isEmpty() && frames.isEmpty();
        }
    }

    private final WsFrameParser frames;
    private byte[] head = new byte[0];
    private boolean upgraded;

    WsWireReader(WsFrameParser.Sender sender) {
        this.frames = new WsFrameParser(sender);
    }

    Seen feed(byte[] payload) {
        if (upgraded) {
            return new Seen(Optional.empty(), frames.feed(payload));
        }
        head = Arrays.copyOf(head, head.length + payload.length);
        System.arraycopy(payload, 0, head, head.length - payload.length, payload.length);
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Seen(Optional.empty(), List.of());
        }
        upgraded = true;
        byte[] rest = Arrays.copyOfRange(head, end + 4, head.length);
        head = new byte[0];
        return new Seen(Optional.of(text.substring(0, end + 4)), new ArrayList<>(frames.feed(rest)));
    }
}
