package org.wirewise.model.http;

import java.util.Map;

/**
 * A status code and its reason phrase (RFC 9110 §15; 429 from RFC 6585 §4). The first digit is the
 * class; a recipient that does not know a code treats it as the x00 of its class (§15).
 */
public record HttpStatus(int code, String reason) {

    /** RFC 9110 §15: the five classes. */
    public enum StatusClass {
        INFORMATIONAL("1xx Informational", "RFC 9110 §15.2"),
        SUCCESSFUL("2xx Successful", "RFC 9110 §15.3"),
        REDIRECTION("3xx Redirection", "RFC 9110 §15.4"),
        CLIENT_ERROR("4xx Client Error", "RFC 9110 §15.5"),
        SERVER_ERROR("5xx Server Error", "RFC 9110 §15.6");

        private final String label;
        private final String reference;

        StatusClass(String label, String reference) {
            this.label = label;
            this.reference = reference;
        }

        public String label() {
            return label;
        }

        public String reference() {
            return reference;
        }
    }

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(100, "Continue"), Map.entry(101, "Switching Protocols"),
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"),
            Map.entry(203, "Non-Authoritative Information"), Map.entry(204, "No Content"),
            Map.entry(205, "Reset Content"), Map.entry(206, "Partial Content"),
            Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"),
            Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Content"),
            Map.entry(426, "Upgrade Required"),
            Map.entry(429, "Too Many Requests"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"), Map.entry(505, "HTTP Version Not Supported"));

    public static final HttpStatus OK = of(200);
    public static final HttpStatus MOVED_PERMANENTLY = of(301);
    public static final HttpStatus FOUND = of(302);
    public static final HttpStatus NOT_MODIFIED = of(304);
    public static final HttpStatus BAD_REQUEST = of(400);
    public static final HttpStatus UNAUTHORIZED = of(401);
    public static final HttpStatus FORBIDDEN = of(403);
    public static final HttpStatus NOT_FOUND = of(404);
    public static final HttpStatus TOO_MANY_REQUESTS = of(429);
    public static final HttpStatus HEADERS_TOO_LARGE = of(431);
    public static final HttpStatus NOT_IMPLEMENTED = of(501);
    public static final HttpStatus BAD_GATEWAY = of(502);
    public static final HttpStatus SERVICE_UNAVAILABLE = of(503);
    public static final HttpStatus GATEWAY_TIMEOUT = of(504);
    public static final HttpStatus VERSION_NOT_SUPPORTED = of(505);

    public HttpStatus {
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException("a status code is three digits from 100 to 599 (RFC 9110 §15), got " + code);
        }
        if (reason.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("a reason phrase holds no CR or LF (RFC 9112 §4)");
        }
    }

    /** The code with its registered reason phrase (empty for an unregistered code). */
    public static HttpStatus of(int code) {
        return new HttpStatus(code, REASONS.getOrDefault(code, ""));
    }

    public StatusClass statusClass() {
        return StatusClass.values()[code / 100 - 1];
    }

    /**
     * Whether a response with this status never has content, whatever its fields say (RFC 9112
     * §6.3 rule 1: 1xx, 204, 304).
     */
    public boolean forbidsContent() {
        return code < 200 || code == 204 || code == 304;
    }

    @Override
    public String toString() {
        return reason.isEmpty() ? Integer.toString(code) : code + " " + reason;
    }
}
