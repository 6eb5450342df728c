package org.wirewise.model.http.h2;

import java.util.List;
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

    private final H2Transport transport;
    private final H2Connection connection;

    public H2Server(H2Transport transport, Settings settings, Handler handler) {
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
            connection.receive(bytes);
            flush();
        });
        transport.onReady(() -> {
            connection.start();
            flush();
        });
    }

    private void answer(H2Stream stream, Handler handler) {
        Response r = handler.respond(stream.headers(), stream.body());
        connection.respond(stream.id(), r.headers(), r.body());
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
