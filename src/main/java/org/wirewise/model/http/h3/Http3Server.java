package org.wirewise.model.http.h3;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.wirewise.model.http.HttpBody;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpMethod;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.quic.QuicSocket;

/**
 * An HTTP/3 server on one accepted QUIC connection (RFC 9114): its control stream with SETTINGS
 * once the handshake completes, and for each request stream that ends, the handler's response
 * as HEADERS and DATA on the same stream, which it then ends.
 */
public final class Http3Server {

    private final QuicSocket socket;
    private final H3Streams h3;
    private final BiConsumer<HttpRequest, Consumer<HttpResponse>> handler;

    private Http3Server(QuicSocket socket, BiConsumer<HttpRequest, Consumer<HttpResponse>> handler) {
        this.socket = socket;
        this.h3 = new H3Streams(socket);
        this.handler = handler;
        socket.onEstablished(h3::openControlStream);
        socket.connection().onStreamData(this::data);
    }

    /** Serves {@code socket} (an accepted connection) with {@code handler}. */
    public static Http3Server on(QuicSocket socket, Function<HttpRequest, HttpResponse> handler) {
        return new Http3Server(socket, (request, reply) -> reply.accept(handler.apply(request)));
    }

    /** Serves {@code socket} with a handler that answers later (after a database query, say) through its reply. */
    public static Http3Server answering(QuicSocket socket, BiConsumer<HttpRequest, Consumer<HttpResponse>> handler) {
        return new Http3Server(socket, handler);
    }

    private void data(long streamId, byte[] data, boolean fin) {
        if ((streamId & 2) != 0) {
            return; // the client's control stream
        }
        List<H3Frame> frames = h3.add(streamId, data, fin);
        if (frames.isEmpty()) {
            return;
        }
        handler.accept(request(frames), response -> respond(streamId, response));
    }

    private void respond(long streamId, HttpResponse response) {
        List<Qpack.FieldLine> lines = new ArrayList<>(List.of(new Qpack.FieldLine(":status", Integer.toString(response.status().code()))));
        for (HttpFields.Field f : response.fields()) {
            lines.add(new Qpack.FieldLine(f.name().toLowerCase(Locale.ROOT), f.value()));
        }
        socket.send(streamId, H3Streams.message(lines, response.body().bytes()), true);
    }

    private static HttpRequest request(List<H3Frame> frames) {
        if (frames.get(0).type() != H3Frame.HEADERS) {
            throw new H3Exception(H3Exception.H3_FRAME_UNEXPECTED, "a request stream starts with HEADERS (RFC 9114 §4.1)");
        }
        String method = "GET";
        String path = "/";
        HttpFields fields = HttpFields.EMPTY;
        for (Qpack.FieldLine l : Qpack.decode(frames.get(0).payload())) {
            switch (l.name()) {
                case ":method" -> method = l.value();
                case ":path" -> path = l.value();
                case ":authority" -> fields = fields.with("host", l.value());
                case ":scheme" -> { }
                default -> fields = fields.with(l.name(), l.value());
            }
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        frames.stream().filter(f -> f.type() == H3Frame.DATA).forEach(f -> body.writeBytes(f.payload()));
        return new HttpRequest(HttpMethod.valueOf(method), path, "HTTP/3", fields,
                body.size() == 0 ? HttpBody.NONE : HttpBody.sized(body.toByteArray()), HttpFields.EMPTY);
    }
}
