package org.wirewise.model.http.h2;

import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.http.hpack.HeaderField;

/**
 * A web server's side of one HTTP/2 connection: sends its SETTINGS as soon as the transport is
 * ready and answers each complete request with what the handler returns.
 */
public final class H2Server {

    /** A response: header fields (":status" first) and a body. */
    public record Response(List<HeaderField> headers, byte[] body) {
        public Response {
            headers = List.copyOf(headers);
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    /** Chooses the response to one request. */
    @FunctionalInterface
    public interface Handler {
        Response respond(List<HeaderField> request, byte[] body);
    }

    /** Chooses the response to one request later (a DNS resolver's answer arrives after its own queries). */
    @FunctionalInterface
    public interface DeferredHandler {
        void respond(List<HeaderField> request, byte[] body, Consumer<Response> reply);
    }

    private final H2Transport transport;
    private final H2Connection connection;
    /** True while incoming bytes are processed: a response made then is flushed with the rest, as before. */
    private boolean receiving;

    public H2Server(H2Transport transport, Settings settings, Handler handler) {
        this(transport, settings, (request, body, reply) -> reply.accept(handler.respond(request, body)));
    }

    public H2Server(H2Transport transport, Settings settings, DeferredHandler handler) {
        this.transport = transport;
        this.connection = new H2Connection(H2Connection.Role.SERVER, settings).listener(new H2Connection.Listener() {
            @Override
            public void headers(H2Stream stream, List<HeaderField> fields, boolean endStream) {
                if (endStream) {
                    answer(stream, handler);
                }
            }

            @Override
            public void data(H2Stream stream, byte[] data, boolean endStream) {
                if (endStream) {
                    answer(stream, handler);
                }
            }
        });
        transport.onData(bytes -> {
            receiving = true;
            try {
                connection.receive(bytes);
            } finally {
                receiving = false;
            }
            flush();
        });
        transport.onReady(() -> {
            connection.start();
            flush();
        });
    }

    private void answer(H2Stream stream, DeferredHandler handler) {
        handler.respond(stream.headers(), stream.body(), r -> {
            connection.respond(stream.id(), r.headers(), r.body());
            if (!receiving) {
                flush();
            }
        });
    }

    public H2Connection connection() {
        return connection;
    }

    /** GOAWAY: no new streams after the last one this server took (§6.8). */
    public void goaway(ErrorCode code, String debug) {
        connection.goaway(code, debug);
        flush();
    }

    private void flush() {
        byte[] out = connection.takeOutgoing();
        if (out.length > 0) {
            transport.write(out);
        }
    }
}
