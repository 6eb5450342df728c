package org.wirewise.model.lb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The start line and header fields of an HTTP/1.1 message (RFC 9112 §2.1), read from the bytes a
 * connection has received, and how long the whole message is: head, blank line and a body of
 * Content-Length bytes (§6.3). What a layer-7 balancer parses before it can choose a backend.
 *
 * @param startLine  "GET /api/cart HTTP/1.1" or "HTTP/1.1 200 OK"
 * @param fields     the field lines as sent ("Cookie: session=alice")
 * @param headLength bytes up to and including the blank line
 */
public record HttpHead(String startLine, List<String> fields, int headLength, int bodyLength) {

    public HttpHead {
        fields = List.copyOf(fields);
    }

    /** The message at the start of {@code bytes} once all of it has arrived, else empty. */
    public static Optional<HttpHead> complete(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return Optional.empty();
        }
        String[] lines = text.substring(0, end).split("\r\n");
        List<String> fields = new ArrayList<>(List.of(lines).subList(1, lines.length));
        HttpHead head = new HttpHead(lines[0], fields, end + 4, 0);
        int body = head.field("Content-Length").map(v -> Integer.parseInt(v.trim())).orElse(0);
        return bytes.length >= end + 4 + body ? Optional.of(new HttpHead(lines[0], fields, end + 4, body))
                : Optional.empty();
    }

    /**
     * A request's bytes: the request line, Host, the other fields, Content-Length when there is a
     * body or the method carries one (RFC 9110 §8.6), the blank line and the body in UTF-8.
     */
    public static byte[] request(String method, String host, String path, List<String> fields, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append("\r\n");
        fields.forEach(f -> b.append(f).append("\r\n"));
        if (content.length > 0 || method.equals("POST") || method.equals("PUT")) {
            b.append("Content-Length: ").append(content.length).append("\r\n");
        }
        byte[] head = b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(head, head.length + content.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        return all;
    }

    /** The first field named {@code name} (case-insensitive, RFC 9110 §5.1), its value trimmed. */
    public Optional<String> field(String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return fields.stream().filter(f -> f.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(f -> f.substring(prefix.length()).trim()).findFirst();
    }

    /** The request method, or the protocol version of a response. */
    public String method() {
        return startLine.split(" ", 3)[0];
    }

    /** The request target ("/api/cart"), or the status code of a response. */
    public String target() {
        String[] parts = startLine.split(" ", 3);
        return parts.length > 1 ? parts[1] : "";
    }

    public int length() {
        return headLength + bodyLength;
    }

    /** The message with {@code added} field lines after the others, its body unchanged. */
    public byte[] withFields(byte[] message, List<String> added) {
        StringBuilder b = new StringBuilder(startLine).append("\r\n");
        fields.forEach(f -> b.append(f).append("\r\n"));
        added.forEach(f -> b.append(f).append("\r\n"));
        b.append("\r\n");
        byte[] head = b.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[head.length + bodyLength];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(message, headLength, out, head.length, bodyLength);
        return out;
    }
}
