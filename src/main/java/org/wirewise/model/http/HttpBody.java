package org.wirewise.model.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A message's content and how it is framed on an HTTP/1.1 connection (RFC 9112 §6): by a
 * Content-Length (§6.2), in chunks (§7.1), or, for a response with neither, by the server
 * closing the connection (§6.3 rule 8).
 *
 * @param chunks for {@link Framing#CHUNKED}, the size of each data chunk before the last (zero-size) one
 */
public record HttpBody(byte[] bytes, Framing framing, List<Integer> chunks) {

    public enum Framing { NONE, CONTENT_LENGTH, CHUNKED, UNTIL_CLOSE }

    public static final HttpBody NONE = new HttpBody(new byte[0], Framing.NONE, List.of());

    public HttpBody {
        bytes = bytes.clone();
        chunks = List.copyOf(chunks);
        if (framing == Framing.CHUNKED && chunks.stream().mapToLong(Integer::longValue).sum() != bytes.length) {
            throw new IllegalArgumentException("chunk sizes must add up to the content's " + bytes.length + " bytes");
        }
        if (chunks.stream().anyMatch(c -> c <= 0)) {
            throw new IllegalArgumentException("a data chunk holds at least one byte (size 0 is the last chunk)");
        }
    }

    /** Content sent with a Content-Length. */
    public static HttpBody sized(byte[] content) {
        return new HttpBody(content, Framing.CONTENT_LENGTH, List.of());
    }

    public static HttpBody sized(String utf8) {
        return sized(utf8.getBytes(StandardCharsets.UTF_8));
    }

    /** Content sent in chunks of at most {@code chunkSize} bytes, then the last chunk. */
    public static HttpBody chunked(byte[] content, int chunkSize) {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunk size must be positive, got " + chunkSize);
        }
        List<Integer> sizes = new ArrayList<>();
        for (int at = 0; at < content.length; at += chunkSize) {
            sizes.add(Math.min(chunkSize, content.length - at));
        }
        return new HttpBody(content, Framing.CHUNKED, sizes);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpBody b && Arrays.equals(bytes, b.bytes) && framing == b.framing && chunks.equals(b.chunks);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + framing.hashCode() * 17 + chunks.hashCode();
    }

    @Override
    public String toString() {
        return framing + "(" + bytes.length + " bytes" + (chunks.isEmpty() ? "" : " in chunks " + chunks) + ")";
    }
}
