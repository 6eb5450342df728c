package org.wirewise.model.http;

import java.util.Objects;

/** A response (RFC 9112 §4): version, status code, reason phrase, fields, content. */
public record HttpResponse(String version, HttpStatus status, HttpFields fields, HttpBody body, HttpFields trailers)
        implements HttpMessage {

    public HttpResponse {
        Objects.requireNonNull(status);
        Objects.requireNonNull(fields);
        Objects.requireNonNull(body);
        Objects.requireNonNull(trailers);
    }

    /** An HTTP/1.1 response with the framing field its body needs (none for 1xx, 204 and 304). */
    public static HttpResponse of(HttpStatus status, HttpFields fields, HttpBody body) {
        HttpFields framed = status.forbidsContent() ? fields : Http1Writer.withFraming(fields, body);
        if (status.forbidsContent() && body.length() > 0) {
            throw new IllegalArgumentException(status + " has no content (RFC 9112 §6.3)");
        }
        return new HttpResponse("HTTP/1.1", status, framed, body, HttpFields.EMPTY);
    }

    /** A response whose content is {@code text} with a Content-Length. */
    public static HttpResponse text(HttpStatus status, HttpFields fields, String text) {
        return of(status, fields.with("Content-Type", "text/plain; charset=utf-8"), HttpBody.sized(text));
    }

    /** This response with one more field line. */
    public HttpResponse with(String name, String value) {
        return new HttpResponse(version, status, fields.with(name, value), body, trailers);
    }

    @Override
    public String startLine() {
        return version + " " + status.code() + " " + status.reason();
    }
}
