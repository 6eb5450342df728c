package org.wirewise.model.stack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An HTTP/1.1 request as a client writes it on the wire (RFC 9112 §3: request line, field lines,
 * an empty line, then the body). Built only from checked values: a bad host, path or header is an
 * {@link IllegalArgumentException} that names the parameter and says what is allowed.
 *
 * @param method  the request method
 * @param host    the Host field's value (RFC 9110 §7.2)
 * @param path    the origin-form target, starting with "/" (RFC 9112 §3.2.1)
 * @param headers extra field lines, "Name: value"
 * @param body    the content, sent with a Content-Length field when not empty
 */
public record HttpRequest(HttpMethod method, String host, String path, List<String> headers, String body) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(:[0-9]{1,5})?");
    private static final Pattern PATH = Pattern.compile("/[\\x21-\\x7E]*");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    public HttpRequest {
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("host: expected a host name such as www.example.com, got \"" + host
                    + "\"");
        }
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("path: expected a path that starts with / and has no spaces, got \""
                    + path + "\"");
        }
        headers = List.copyOf(headers);
        for (String h : headers) {
            int colon = h.indexOf(':');
            if (colon <= 0 || !TOKEN.matcher(h.substring(0, colon)).matches()) {
                throw new IllegalArgumentException("headers: expected \"Name: value\" lines separated by |, got \""
                        + h + "\"");
            }
            if (!h.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("headers: only printable ASCII is allowed in \"" + h + "\"");
            }
            String name = h.substring(0, colon).toLowerCase(Locale.ROOT);
            if (name.equals("host") || name.equals("content-length")) {
                throw new IllegalArgumentException("headers: " + h.substring(0, colon)
                        + " is written by the lesson itself; set it with the host and body parameters");
            }
        }
        if (!body.isEmpty() && method == HttpMethod.GET) {
            throw new IllegalArgumentException("body: a GET request has no body here (RFC 9110 §9.3.1: a body "
                    + "on GET has no defined meaning); choose POST or PUT, or leave the body empty");
        }
    }

    /** Parses the headers parameter: field lines separated by "|". */
    public static List<String> headerList(String text) {
        List<String> lines = new ArrayList<>();
        for (String part : text.split("\\|")) {
            String line = part.trim();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The bytes on the wire, CRLF line endings, body in UTF-8. */
    public byte[] encode() {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder();
        b.append(method.name()).append(' ').append(path).append(" HTTP/1.1\r\n");
        b.append("Host: ").append(host).append("\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        if (content.length > 0 || method == HttpMethod.POST || method == HttpMethod.PUT) {
            b.append("Content-Length: ").append(content.length).append("\r\n");
        }
        b.append("\r\n");
        byte[] head = b.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + content.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        return all;
    }

    /** The request line as text, e.g. "GET /index.html HTTP/1.1". */
    public String requestLine() {
        return method.name() + " " + path + " HTTP/1.1";
    }
}
