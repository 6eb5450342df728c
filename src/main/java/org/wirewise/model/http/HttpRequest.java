package org.wirewise.model.http;

import java.util.Objects;

/**
 * A request (RFC 9112 §3): method, target in origin-form ("/path?query", §3.2.1), version, fields
 * (Host first, as §3.2 asks of a client), content.
 */
public record HttpRequest(HttpMethod method, String target, String version, HttpFields fields, HttpBody body,
                          HttpFields trailers) implements HttpMessage {

    public HttpRequest {
        Objects.requireNonNull(method);
        Objects.requireNonNull(fields);
        Objects.requireNonNull(body);
        Objects.requireNonNull(trailers);
        if (target.isEmpty() || target.chars().anyMatch(c -> c <= ' ' || c >= 0x7F)) {
            throw new IllegalArgumentException("request target must be visible ASCII without spaces, got \"" + target + "\"");
        }
    }

    /** An HTTP/1.1 request to {@code host} with its Host field first and the framing field its body needs. */
    public static HttpRequest of(HttpMethod method, String host, String target, HttpFields fields, HttpBody body) {
        HttpFields all = HttpFields.of("Host", host);
        for (HttpFields.Field f : fields) {
            all = all.with(f.name(), f.value());
        }
        return new HttpRequest(method, target, "HTTP/1.1", Http1Writer.withFraming(all, body), body, HttpFields.EMPTY);
    }

    public static HttpRequest get(String host, String target, HttpFields fields) {
        return of(HttpMethod.GET, host, target, fields, HttpBody.NONE);
    }

    /** This request with one more field line. */
    public HttpRequest with(String name, String value) {
        return new HttpRequest(method, target, version, fields.with(name, value), body, trailers);
    }

    @Override
    public String startLine() {
        return method.name() + " " + target + " " + version;
    }
}
