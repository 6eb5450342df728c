package org.wirewise.model.http.grpc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.model.http.h2.ErrorCode;
import org.wirewise.model.http.h2.H2Connection;
import org.wirewise.model.http.h2.H2Stream;
import org.wirewise.model.http.h2.H2Transport;
import org.wirewise.model.http.h2.Settings;
import org.wirewise.model.http.hpack.HeaderField;
import org.wirewise.model.sim.Simulation;

/**
 * A gRPC server on one HTTP/2 connection: each request stream is routed by its {@code :path} to a
 * {@link Method}; a path nobody serves is answered Trailers-Only with UNIMPLEMENTED. Calls send
 * response headers before their first message and end with trailers carrying {@code grpc-status}.
 */
public final class GrpcServer {

    /** A service method's behaviour; every event has a do-nothing default but {@link #started}. */
    public interface Method {
        void started(ServerCall call);

        default void message(ServerCall call, byte[] message) { }

        /** The client sent END_STREAM: no more messages. */
        default void halfClosed(ServerCall call) { }

        /** The client reset the stream (its deadline, or it gave up): answers now go nowhere. */
        default void cancelled(ServerCall call) { }
    }

    private final H2Transport transport;
    private final H2Connection connection;
    private final MomentFlush flusher;
    private final Map<String, Method> methods;
    private final Map<Integer, ServerCall> calls = new HashMap<>();
    private boolean receiving;

    public GrpcServer(H2Transport transport, Settings settings, Simulation sim, Map<String, Method> methods) {
        this.transport = transport;
        this.methods = Map.copyOf(methods);
        this.connection = new H2Connection(H2Connection.Role.SERVER, settings).listener(new Events());
        this.flusher = new MomentFlush(sim, connection, transport);
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

    public H2Connection connection() {
        return connection;
    }

    private void flush() {
        if (!receiving) {
            flusher.request();
        }
    }

    /** The server's side of one call. */
    public final class ServerCall {

        private final int stream;
        private final List<HeaderField> request;
        private final Method method;
        private final GrpcFraming.Reader reader = new GrpcFraming.Reader();
        private boolean headersSent;
        private boolean done;

        private ServerCall(int stream, List<HeaderField> request, Method method) {
            this.stream = stream;
            this.request = request;
            this.method = method;
        }

        public List<HeaderField> requestHeaders() {
            return request;
        }

        public int stream() {
            return stream;
        }

        /** Whether the call has ended, by this side's trailers or the client's reset. */
        public boolean done() {
            return done;
        }

        /** One response message (the response headers first, once). */
        public void send(byte[] message) {
            if (done) {
                return;
            }
            if (!headersSent) {
                headersSent = true;
                connection.sendHeaderBlock(stream, GrpcHeaders.response(), false);
            }
            connection.sendData(stream, GrpcFraming.frame(message), false);
            flush();
        }

        /** Ends the call with trailers (HEADERS with END_STREAM); Trailers-Only when nothing was sent. */
        public void finish(GrpcStatus status, String message) {
            if (done) {
                return;
            }
            done = true;
            calls.remove(stream);
            connection.sendHeaderBlock(stream, GrpcHeaders.trailers(status, message, !headersSent), true);
            flush();
        }
    }

    private final class Events implements H2Connection.Listener {
        @Override
        public void headers(H2Stream stream, List<HeaderField> fields, boolean endStream) {
            String path = GrpcHeaders.value(fields, ":path").orElse("");
            Method method = methods.get(path);
            ServerCall call = new ServerCall(stream.id(), fields, method);
            if (method == null) {
                call.finish(GrpcStatus.UNIMPLEMENTED, "unknown method " + path);
                return;
            }
            calls.put(stream.id(), call);
            method.started(call);
            if (endStream) {
                method.halfClosed(call);
            }
        }

        @Override
        public void data(H2Stream stream, byte[] data, boolean endStream) {
            ServerCall call = calls.get(stream.id());
            if (call == null) {
                return;
            }
            call.reader.add(data).forEach(m -> call.method.message(call, m));
            if (endStream && !call.done) {
                call.method.halfClosed(call);
            }
        }

        @Override
        public void reset(H2Stream stream, ErrorCode code) {
            ServerCall call = calls.remove(stream.id());
            if (call != null) {
                call.done = true;
                call.method.cancelled(call);
            }
        }
    }
}
