package org.wirewise.model.http.grpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirewise.model.http.hpack.HeaderField;

/**
 * The header blocks of a gRPC call on HTTP/2 (PROTOCOL-HTTP2.md): the request (POST to
 * /package.Service/Method, {@code te: trailers}, {@code content-type: application/grpc}, an optional
 * {@code grpc-timeout}), the response headers, and the trailers with {@code grpc-status}.
 */
public final class GrpcHeaders {

    public static final String CONTENT_TYPE = "application/grpc";
    public static final String USER_AGENT = "wirewise-grpc/1.0";

    private GrpcHeaders() {
    }

    /** @param timeoutNanos the deadline's distance, or 0 for none (no grpc-timeout header) */
    public static List<HeaderField> request(String authority, String path, long timeoutNanos) {
        List<HeaderField> h = new ArrayList<>(List.of(new HeaderField(":method", "POST"),
                new HeaderField(":scheme", "http"), new HeaderField(":path", path),
                new HeaderField(":authority", authority), new HeaderField("te", "trailers")));
        if (timeoutNanos > 0) {
            h.add(new HeaderField("grpc-timeout", GrpcTimeout.encode(timeoutNanos)));
        }
        h.add(new HeaderField("content-type", CONTENT_TYPE));
        h.add(new HeaderField("user-agent", USER_AGENT));
        return List.copyOf(h);
    }

    public static List<HeaderField> response() {
        return List.of(new HeaderField(":status", "200"), new HeaderField("content-type", CONTENT_TYPE));
    }

    /** Trailers; with {@code trailersOnly} also the response headers, for a call that ends before any message. */
    public static List<HeaderField> trailers(GrpcStatus status, String message, boolean trailersOnly) {
        List<HeaderField> h = new ArrayList<>(trailersOnly ? response() : List.of());
        h.add(new HeaderField("grpc-status", Integer.toString(status.code())));
        if (!message.isEmpty()) {
            h.add(new HeaderField("grpc-message", message));
        }
        return List.copyOf(h);
    }

    public static Optional<String> value(List<HeaderField> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(HeaderField::value).findFirst();
    }
}
