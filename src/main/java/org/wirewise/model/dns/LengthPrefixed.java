package org.wirewise.model.dns;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * DNS messages out of a TCP or TLS byte stream, each behind its two-byte length (RFC 1035
 * §4.2.2): a segment may end mid-message or carry several (RFC 7766 §8, RFC 7858 §3.3).
 */
final class LengthPrefixed {

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** Adds received bytes; returns every message (without its prefix) they complete, in order. */
    List<byte[]> add(byte[] bytes) {
        pending.writeBytes(bytes);
        byte[] all = pending.toByteArray();
        List<byte[]> messages = new ArrayList<>();
        int at = 0;
        while (all.length - at >= 2) {
            int length = (all[at] & 0xFF) << 8 | all[at + 1] & 0xFF;
            if (all.length - at - 2 < length) {
                break;
            }
            messages.add(Arrays.copyOfRange(all, at + 2, at + 2 + length));
            at += 2 + length;
        }
        pending.reset();
        pending.write(all, at, all.length - at);
        return messages;
    }
}
