package org.wirewise.model.http.grpc;

import java.util.ArrayList;
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
 * A gRPC client's channel: one HTTP/2 connection on which every call is a stream. A call sends
 * its header block, then Length-Prefixed messages in DATA (the last with END_STREAM); it ends with
 * the server's trailers ({@code grpc-status}), a reset, or its deadline: then the client sends
 * RST_STREAM(CANCEL) and reports DEADLINE_EXCEEDED itself, a status no frame carries.
 */
public final class GrpcChannel {

    /** What a call hears; every method has a do-nothing default. */
    public interface CallListener {
        default void headers(List<HeaderField> fields) { }

        default void message(byte[] message) { }

        /** The call is over: {@code fromServer} when the status came in trailers, not from this side. */
        default void closed(GrpcStatus status, String message, boolean fromServer) { }
    }

    private final H2Transport transport;
    private final H2Connection connection;
    private final MomentFlush flusher;
    private final Simulation sim;
    private final String authority;
    private final Map<Integer, Call> calls = new HashMap<>();
    private final List<Runnable> whenReady = new ArrayList<>();
    private boolean ready;

    public GrpcChannel(H2Transport transport, Settings settings, Simulation sim, String authority) {
        this.transport = transport;
        this.sim = sim;
        this.authority = authority;
        this.connection = new H2Connection(H2Connection.Role.CLIENT, settings).listener(new Events());
        this.flusher = new MomentFlush(sim, connection, transport);
        transport.onData(bytes -> {
            connection.receive(bytes);
            flush();
        });
        transport.onReady(() -> {
            connection.start();
            ready = true;
            whenReady.forEach(Runnable::run);
            whenReady.clear();
            flush();
        });
    }

    public H2Connection connection() {
        return connection;
    }

    /** Starts a call to {@code path} ("/quotes.Quotes/Get"); {@code timeoutNanos} 0 means no deadline. */
    public Call start(String path, long timeoutNanos, CallListener listener) {
        Call call = new Call(listener);
        Runnable open = () -> {
            call.stream = connection.openStream(GrpcHeaders.request(authority, path, timeoutNanos));
            calls.put(call.stream, call);
            if (timeoutNanos > 0) {
                sim.schedule(timeoutNanos, () -> call.deadline());
            }
            call.queued.forEach(Runnable::run);
            call.queued.clear();
            flush();
        };
        if (ready) {
            open.run();
        } else {
            whenReady.add(open);
        }
        return call;
    }

    /** GOAWAY(NO_ERROR), then the transport's close. */
    public void close() {
        connection.goaway(ErrorCode.NO_ERROR, "");
        flusher.now();
        transport.close();
    }

    private void flush() {
        flusher.request();
    }

    /** One call: a stream of the connection. */
    public final class Call {

        private final CallListener listener;
        private final GrpcFraming.Reader reader = new GrpcFraming.Reader();
        private final List<Runnable> queued = new ArrayList<>();
        private int stream;
        private GrpcStatus status;

        private Call(CallListener listener) {
            this.listener = listener;
        }

        /** Sends one message; {@code last} half-closes the call (END_STREAM on its DATA). */
        public void send(byte[] message, boolean last) {
            Runnable send = () -> {
                if (status == null) {
                    connection.sendData(stream, GrpcFraming.frame(message), last);
                    flush();
                }
            };
            if (stream == 0) {
                queued.add(send);
            } else {
                send.run();
            }
        }

        /** The HTTP/2 stream, 0 until the call has started. */
        public int stream() {
            return stream;
        }

        /** How the call ended, or null while it runs. */
        public GrpcStatus status() {
            return status;
        }

        private void deadline() {
            if (status == null) {
                connection.reset(stream, ErrorCode.CANCEL);
                flush();
                end(GrpcStatus.DEADLINE_EXCEEDED, "deadline exceeded", false);
            }
        }

        private void end(GrpcStatus s, String message, boolean fromServer) {
            status = s;
            calls.remove(stream);
            listener.closed(s, message, fromServer);
        }
    }

    private final class Events implements H2Connection.Listener {
        @Override
        public void headers(H2Stream stream, List<HeaderField> fields, boolean endStream) {
            Call call = calls.get(stream.id());
            if (call == null) {
                return;
            }
            if (endStream) { // trailers, or Trailers-Only
                call.end(GrpcHeaders.value(fields, "grpc-status").map(GrpcStatus::of).orElse(GrpcStatus.UNKNOWN),
                        GrpcHeaders.value(fields, "grpc-message").orElse(""), true);
            } else {
                call.listener.headers(fields);
            }
        }

        @Override
        public void data(H2Stream stream, byte[] data, boolean endStream) {
            Call call = calls.get(stream.id());
            if (call != null) {
                call.reader.add(data).forEach(call.listener::message);
            }
        }

        @Override
        public void reset(H2Stream stream, ErrorCode code) {
            Call call = calls.get(stream.id());
            if (call != null) {
                call.end(code == ErrorCode.CANCEL ? GrpcStatus.CANCELLED : GrpcStatus.UNAVAILABLE,
                        "stream reset with " + code, false);
            }
        }
    }
}
