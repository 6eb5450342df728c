package org.wirewise.model.http.h2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.wirewise.model.http.hpack.HeaderField;

/**
 * A browser's side of one HTTP/2 connection: starts it when the transport is ready, sends every
 * request of a {@link #fetch} at once on its own stream (they multiplex), and reports when each
 * response completed. This is what a page-load comparison calls: fetch the HTML, then its assets.
 */
public final class H2Client {

    /** One request's fate; times are the simulation's nanoseconds, {@code reset} null if none. */
    public record Completion(int index, int stream, long sentAt, long headersAt, long completedAt, int status,
                             long bodyOctets, ErrorCode reset) {
    }

    private final H2Transport transport;
    private final H2Connection connection;
    private final LongSupplier clock;
    private final List<Runnable> whenReady = new ArrayList<>();
    private final Map<Integer, Pending> pending = new HashMap<>();
    private boolean ready;

    private static final class Pending {
        final Batch batch;
        final int index;
        final long sentAt;
        long headersAt = -1;
        int status;

        Pending(Batch batch, int index, long sentAt) {
            this.batch = batch;
            this.index = index;
            this.sentAt = sentAt;
        }
    }

    private static final class Batch {
        final Completion[] done;
        final Consumer<List<Completion>> then;
        int left;

        Batch(int n, Consumer<List<Completion>> then) {
            this.done = new Completion[n];
            this.left = n;
            this.then = then;
        }
    }

    public H2Client(H2Transport transport, Settings settings, LongSupplier clock) {
        this.transport = transport;
        this.clock = clock;
        this.connection = new H2Connection(H2Connection.Role.CLIENT, settings).listener(new Events());
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

    /** The client's clock now: when a request handed to {@link #fetch} was asked for. */
    public long now() {
        return clock.getAsLong();
    }

    public H2Connection connection() {
        return connection;
    }

    /**
     * Sends every request now (or as soon as the connection is up) and calls {@code then} once all
     * have completed or been reset, with a {@link Completion} per request in the order given.
     */
    public void fetch(List<List<HeaderField>> requests, Consumer<List<Completion>> then) {
        fetch(requests, requests.stream().map(r -> new byte[0]).toList(), then);
    }

    /** As {@link #fetch(List, Consumer)}, each request with its body ({@code bodies} in the same order). */
    public void fetch(List<List<HeaderField>> requests, List<byte[]> bodies, Consumer<List<Completion>> then) {
        Runnable send = () -> {
            Batch batch = new Batch(requests.size(), then);
            for (int i = 0; i < requests.size(); i++) {
                int id = connection.request(requests.get(i), bodies.get(i));
                pending.put(id, new Pending(batch, i, clock.getAsLong()));
            }
            flush();
        };
        if (ready) {
            send.run();
        } else {
            whenReady.add(send);
        }
    }

    /** RST_STREAM(CANCEL): the page no longer needs this response. */
    public void cancel(int stream) {
        Pending p = pending.remove(stream);
        if (p == null) {
            return; // complete already: nothing to cancel
        }
        connection.reset(stream, ErrorCode.CANCEL);
        finish(p, stream, ErrorCode.CANCEL);
        flush();
    }

    /** GOAWAY(NO_ERROR), then the transport's close. */
    public void close() {
        connection.goaway(ErrorCode.NO_ERROR, "");
        flush();
        transport.close();
    }

    public void ping(byte[] opaque) {
        connection.ping(opaque);
        flush();
    }

    private void flush() {
        byte[] out = connection.takeOutgoing();
        if (out.length > 0) {
            transport.write(out);
        }
    }

    private void finish(Pending p, int stream, ErrorCode reset) {
        long body = connection.stream(stream).map(H2Stream::dataReceived).orElse(0L);
        p.batch.done[p.index] = new Completion(p.index, stream, p.sentAt, p.headersAt, clock.getAsLong(), p.status, body, reset);
        if (--p.batch.left == 0) {
            p.batch.then.accept(List.copyOf(Arrays.asList(p.batch.done)));
        }
    }

    private final class Events implements H2Connection.Listener {
        @Override
        public void headers(H2Stream stream, List<HeaderField> fields, boolean endStream) {
            Pending p = pending.get(stream.id());
            if (p == null) {
                return;
            }
            p.headersAt = clock.getAsLong();
            p.status = fields.stream().filter(f -> f.name().equals(":status")).findFirst()
                    .map(f -> Integer.parseInt(f.value())).orElse(0);
            if (endStream) {
                finish(pending.remove(stream.id()), stream.id(), null);
            }
        }

        @Override
        public void data(H2Stream stream, byte[] data, boolean endStream) {
            if (endStream && pending.containsKey(stream.id())) {
                finish(pending.remove(stream.id()), stream.id(), null);
            }
        }

        @Override
        public void goaway(int lastStream, ErrorCode code, String debug) {
            if (pending.isEmpty()) { // nothing left to wait for: close, as a browser does (§6.8)
                close();
            }
        }

        @Override
        public void reset(H2Stream stream, ErrorCode code) {
            Pending p = pending.remove(stream.id());
            if (p != null) {
                finish(p, stream.id(), code);
            }
        }
    }
}
