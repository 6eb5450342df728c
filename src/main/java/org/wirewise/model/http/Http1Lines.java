package org.wirewise.model.http;

import java.util.regex.Pattern;

/** Reads the start line and field lines of RFC 9112 §3, §4 and §5, one line at a time. */
final class Http1Lines {

    /** A line that is not what it should be, with the status a server answers. */
    static final class BadLine extends Exception {
        private final transient HttpStatus answer;

        BadLine(String reason, HttpStatus answer) {
            super(reason, null, false, false);
            this.answer = answer;
        }

        HttpStatus answer() {
            return answer;
        }
    }

    record RequestLine(HttpMethod method, String target, String version) {
    }

    record StatusLine(String version, HttpStatus status) {
    }

    private static final Pattern VERSION = Pattern.compile("HTTP/[0-9]\\.[0-9]");

    private Http1Lines() {
    }

    /** request-line = method SP request-target SP HTTP-version (RFC 9112 §3). */
    static RequestLine requestLine(String line) throws BadLine {
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new BadLine("request line \"" + Http1Lines.excerpt(line) + "\" is not method SP target SP version"
                    + " (RFC 9112 §3)", HttpStatus.BAD_REQUEST);
        }
        if (!HttpFields.isToken(parts[0])) {
            throw new BadLine("method \"" + excerpt(parts[0]) + "\" is not a token (RFC 9110 §9.1)", HttpStatus.BAD_REQUEST);
        }
        String version = version(parts[2], HttpStatus.BAD_REQUEST);
        if (parts[1].chars().anyMatch(c -> c < 0x21 || c > 0x7E)) {
            throw new BadLine("request target holds a control or non-ASCII byte (RFC 9112 §3.2)", HttpStatus.BAD_REQUEST);
        }
        HttpMethod method = HttpMethod.parse(parts[0]).orElseThrow(() -> new BadLine("method " + excerpt(parts[0])
                + " is not one this server implements (RFC 9110 §9.1)", HttpStatus.NOT_IMPLEMENTED));
        return new RequestLine(method, parts[1], version);
    }

    /** status-line = HTTP-version SP status-code SP [reason-phrase] (RFC 9112 §4). */
    static StatusLine statusLine(String line) throws BadLine {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[1].matches("[0-9]{3}")) {
            throw new BadLine("status line \"" + excerpt(line) + "\" is not version SP three-digit code SP reason"
                    + " (RFC 9112 §4)", HttpStatus.BAD_GATEWAY);
        }
        int code = Integer.parseInt(parts[1]);
        if (code < 100) {
            throw new BadLine("status code " + parts[1] + " is below 100 (RFC 9110 §15)", HttpStatus.BAD_GATEWAY);
        }
        return new StatusLine(version(parts[0], HttpStatus.BAD_GATEWAY),
                new HttpStatus(code, parts.length > 2 ? parts[2] : ""));
    }

    /** field-line = field-name ":" OWS field-value OWS (RFC 9112 §5). */
    static HttpFields.Field fieldLine(String line, HttpStatus answer) throws BadLine {
        if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
            throw new BadLine("a field line starts with whitespace: obsolete line folding is refused (RFC 9112 §5.2)",
                    answer);
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new BadLine("field line \"" + excerpt(line) + "\" has no name before a colon (RFC 9112 §5)", answer);
        }
        String name = line.substring(0, colon);
        if (!HttpFields.isToken(name)) {
            throw new BadLine("field name \"" + excerpt(name) + "\" is not a token; whitespace before the colon is"
                    + " refused (RFC 9112 §5.1)", answer);
        }
        try {
            return new HttpFields.Field(name, line.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new BadLine(e.getMessage(), answer);
        }
    }

    private static String version(String v, HttpStatus answer) throws BadLine {
        if (!VERSION.matcher(v).matches()) {
            throw new BadLine("\"" + excerpt(v) + "\" is not an HTTP version (RFC 9112 §2.3)", answer);
        }
        if (v.charAt(5) != '1') {
            throw new BadLine(v + " is not HTTP/1.x", HttpStatus.VERSION_NOT_SUPPORTED);
        }
        return v;
    }

    /** At most 40 characters of what the peer sent, non-printing ones as '?', so a message stays short. */
    static String excerpt(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(40, s.length()); i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return s.length() > 40 ? b + "…" : b.toString();
    }
}
