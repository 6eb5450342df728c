package org.wirewise.model.http.sse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 chunked framing (RFC 9112 §7.1) for a response written piece by piece, as a streaming server sends
 * it, and read back as the pieces arrive in any split. The reader returns content as it completes; extensions
 * after the size are skipped, and anything else that is not a chunk ends the body as broken.
 */
final class Chunked {

    /** The last chunk: zero size, no trailers. */
    static final byte[] LAST = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private long remaining = -1; // -1: reading a size line; otherwise data bytes left (then CRLF)
    private boolean ended;
    private boolean broken;

    /** One chunk carrying {@code data}: its size in hexadecimal, CRLF, the data, CRLF. */
    static byte[] chunk(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((Integer.toHexString(data.length).toUpperCase(Locale.ROOT) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The content these bytes complete. */
    byte[] feed(byte[] bytes) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        pending.writeBytes(bytes);
        byte[] buf = pending.toByteArray();
        int at = 0;
        while (!ended && !broken) {
            if (remaining < 0) {
                int eol = indexOfCrLf(buf, at);
                if (eol < 0) {
                    break;
                }
                String size = new String(buf, at, eol - at, StandardCharsets.US_ASCII);
                int semicolon = size.indexOf(';');
                size = (semicolon < 0 ? size : size.substring(0, semicolon)).trim();
                if (size.isEmpty() || size.length() > 8 || !size.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    broken = true;
                    break;
                }
                remaining = Long.parseLong(size, 16);
                at = eol + 2;
                if (remaining == 0) {
                    ended = true; // trailers, if any, are not read: the stream is over
                }
            } else if (buf.length - at >= remaining + 2) {
                content.write(buf, at, (int) remaining);
                at += (int) remaining + 2;
                remaining = -1;
            } else {
                break;
            }
        }
        pending.reset();
        pending.write(buf, at, buf.length - at);
        return content.toByteArray();
    }

    /** Whether the last chunk has arrived. */
    boolean ended() {
        return ended;
    }

    /** Whether something other than a chunk arrived. */
    boolean broken() {
        return broken;
    }

    private static int indexOfCrLf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
