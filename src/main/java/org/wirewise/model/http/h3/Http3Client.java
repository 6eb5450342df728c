package org.wirewise.model.http.h3;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.wirewise.model.http.HttpBody;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.http.HttpStatus;
import org.wirewise.model.http.PageFetcher;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.http.TimingCollector;
import org.wirewise.model.quic.QuicSocket;

/**
 * An HTTP/3 client on one QUIC connection (RFC 9114): every request on its own bidirectional
 * stream (§4.1), HEADERS (QPACK) then DATA, FIN at the end; one lost packet holds up only the
 * streams whose bytes it carried. Requests given before the handshake completes wait for it, unless the connection
 * resumes with 0-RTT: then the idempotent ones go in the first flight.
 */
public final class Http3Client implements PageFetcher {

    private final QuicSocket socket;
    private final String authority;
    private final H3Streams h3;
    private final List<Exchange> waiting = new ArrayList<>();
    private final Map<Long, Exchange> exchanges = new HashMap<>();
    private final List<HttpResponse> responses = new ArrayList<>();
    private final List<Answered> answered = new ArrayList<>();

    /** A request that has its whole response: the stream it went on, its target, the response. */
    public record Answered(long streamId, String target, HttpResponse response) {
    }
    private boolean ready;
    private boolean controlOpen;

    private static final class Exchange {
        final int index;
        final HttpRequest request;
        final long queuedAt;
        long sentAt = -1;
        long firstByteAt = -1;
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        HttpStatus status = HttpStatus.OK;
        HttpFields fields = HttpFields.EMPTY;
        final Consumer<Exchange> done;

        Exchange(int index, HttpRequest request, long queuedAt, Consumer<Exchange> done) {
            this.index = index;
            this.request = request;
            this.queuedAt = queuedAt;
            this.done = done;
        }
    }

    /** A client for {@code authority} (the :authority pseudo-header) over {@code socket}, before it connects. */
    public Http3Client(QuicSocket socket, String authority) {
        this.socket = socket;
        this.authority = authority;
        this.h3 = new H3Streams(socket);
        socket.onEstablished(() -> {
            ready = true;
            openControlStream();
            List<Exchange> queued = List.copyOf(waiting);
            waiting.clear();
            queued.forEach(this::send);
        });
        socket.onZeroRtt(() -> {
            openControlStream();
            // 0-RTT can be replayed (RFC 8446 §8, RFC 9001 §9.2): only idempotent requests go early, the others wait
            List<Exchange> early = waiting.stream().filter(e -> e.request.method().idempotent()).toList();
            waiting.removeAll(early);
            early.forEach(this::send);
        });
        socket.connection().onStreamData(this::data);
    }

    private void openControlStream() {
        if (!controlOpen) {
            controlOpen = true;
            h3.openControlStream();
        }
    }

    /** Ends the connection with H3_NO_ERROR (RFC 9114 §8.1): CONNECTION_CLOSE of the application kind. */
    public void close() {
        socket.connection().close(H3Exception.H3_NO_ERROR, "");
        socket.flush();
    }

    /** The exchanges finished so far, in the order they completed, with their streams. */
    public List<Answered> answered() {
        return List.copyOf(answered);
    }

    /** The responses received so far, in the order they completed. */
    public List<HttpResponse> responses() {
        return List.copyOf(responses);
    }

    @Override
    public void fetch(List<HttpRequest> requests, Consumer<List<RequestTiming>> done) {
        TimingCollector timings = new TimingCollector(requests.size(), done);
        for (int i = 0; i < requests.size(); i++) {
            Exchange e = new Exchange(i, requests.get(i), socket.now(), x -> timings.add(new RequestTiming(x.index,
                    x.request.target(), x.queuedAt, x.sentAt, x.firstByteAt, socket.now(), 0)));
            if (ready) {
                send(e);
            } else {
                waiting.add(e);
            }
        }
    }

    private void send(Exchange e) {
        long id = socket.connection().openStream(true);
        exchanges.put(id, e);
        e.sentAt = socket.now();
        socket.send(id, H3Streams.message(requestLines(e.request), e.request.body().bytes()), true);
    }

    /** Pseudo-header fields first (RFC 9114 §4.3.1): :method, :scheme, :authority, :path; then the fields, lower case, without Host. */
    List<Qpack.FieldLine> requestLines(HttpRequest r) {
        List<Qpack.FieldLine> lines = new ArrayList<>(List.of(new Qpack.FieldLine(":method", r.method().name()),
                new Qpack.FieldLine(":scheme", "https"), new Qpack.FieldLine(":authority", authority),
                new Qpack.FieldLine(":path", r.target())));
        for (HttpFields.Field f : r.fields()) {
            String name = f.name().toLowerCase(java.util.Locale.ROOT);
            if (!name.equals("host") && !name.equals("connection") && !name.equals("content-length")) {
                lines.add(new Qpack.FieldLine(name, f.value()));
            }
        }
        return lines;
    }

    private void data(long streamId, byte[] data, boolean fin) {
        Exchange e = exchanges.get(streamId);
        if (e == null) {
            return; // the server's control stream: SETTINGS, read and not needed with a static-only QPACK
        }
        if (e.firstByteAt < 0 && data.length > 0) {
            e.firstByteAt = socket.now();
        }
        for (H3Frame f : h3.add(streamId, data, fin)) {
            if (f.type() == H3Frame.HEADERS) {
                responseHeaders(e, f);
            } else if (f.type() == H3Frame.DATA) {
                e.received.writeBytes(f.payload());
            }
        }
        if (fin) {
            exchanges.remove(streamId);
            responses.add(new HttpResponse("HTTP/3", e.status, e.fields, HttpBody.sized(e.received.toByteArray()), HttpFields.EMPTY));
            answered.add(new Answered(streamId, e.request.target(), responses.get(responses.size() - 1)));
            e.done.accept(e);
        }
    }

    private void responseHeaders(Exchange e, H3Frame f) {
        for (Qpack.FieldLine l : Qpack.decode(f.payload())) {
            if (l.name().equals(":status")) {
                e.status = HttpStatus.of(Integer.parseInt(l.value()));
            } else {
                e.fields = e.fields.with(l.name(), l.value());
            }
        }
    }
}
