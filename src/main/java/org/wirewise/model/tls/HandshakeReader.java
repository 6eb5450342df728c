package org.wirewise.model.tls;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts handshake record fragments into whole messages: one record may carry several messages
 * (the server's encrypted flight) and one message may span records (RFC 8446 §5.1).
 */
public final class HandshakeReader {

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** Adds a handshake record's fragment; returns the messages now complete, in order. */
    public List<HandshakeMessage> add(byte[] fragment) {
        pending.writeBytes(fragment);
        byte[] all = pending.toByteArray();
        List<HandshakeMessage> messages = new ArrayList<>();
        int at = 0;
        while (all.length - at >= 4) {
            int length = ((all[at + 1] & 0xFF) << 16) | ((all[at + 2] & 0xFF) << 8) | (all[at + 3] & 0xFF);
            if (all.length - at - 4 < length) {
                break;
            }
            messages.add(new HandshakeMessage(HandshakeType.of(all[at] & 0xFF), Arrays.copyOfRange(all, at + 4, at + 4 + length)));
            at += 4 + length;
        }
        pending.reset();
        pending.write(all, at, all.length - at);
        return messages;
    }

    /** Whether part of a message is still waiting for the rest: a key change must not fall mid-message (§5.1). */
    public boolean midMessage() {
        return pending.size() > 0;
    }
}
