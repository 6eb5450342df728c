package org.wirewise.model.http.sse;

import java.util.List;
import java.util.Optional;
import org.wirewise.model.http.Http1Parser;
import org.wirewise.model.http.HttpBody;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpMessage;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.http.HttpStatus;
import org.wirewise.model.http.Sockets;
import org.wirewise.model.transport.TcpSocket;

/**
 * The server's side of one EventSource connection (WHATWG HTML §9.2): after {@code GET /events} it answers 200
 * with {@code text/event-stream}, chunked, and never a length; the first chunk sets the client's reconnection
 * time ({@code retry:}); a request carrying Last-Event-ID first gets every event after that id, then each new
 * event as it is published, one chunk each ({@code id:}, {@code event:}, {@code data:}, a blank line).
 */
final class SseStream {

    static final String PATH = "/events";
    static final String EVENT_TYPE = "price";

    private final TcpSocket socket;
    private final EventLog log;
    private final long retryMillis;
    private final Http1Parser parser = new Http1Parser(Http1Parser.Reading.REQUESTS);
    private Runnable unwatch = () -> { };
    private boolean streaming;
    private boolean ended;

    SseStream(TcpSocket socket, EventLog log, long retryMillis) {
        this.socket = socket;
        this.log = log;
        this.retryMillis = retryMillis;
        socket.onData(this::read).onPeerClosed(this::end); // the page left: finish the response, then close
    }

    /** The event as its chunk carries it. */
    static SseEvent event(TickerEvent e) {
        return new SseEvent(Optional.of(Integer.toString(e.id())), EVENT_TYPE, e.json(), java.util.OptionalLong.empty());
    }

    private void read(byte[] bytes) {
        for (HttpMessage m : parser.feed(bytes)) {
            if (!streaming) {
                start((HttpRequest) m);
            }
        }
    }

    private void start(HttpRequest request) {
        streaming = true;
        HttpFields fields = HttpFields.of("Content-Type", "text/event-stream", "Cache-Control", "no-cache",
                "Transfer-Encoding", "chunked");
        // the record's constructor, not HttpResponse.of: the head goes now, the chunks as events come
        byte[] head = new HttpResponse("HTTP/1.1", HttpStatus.OK, fields, HttpBody.NONE, HttpFields.EMPTY).encode();
        byte[] retry = Chunked.chunk(("retry: " + retryMillis + "\n\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(retry);
        for (TickerEvent e : missed(request)) {
            out.writeBytes(Chunked.chunk(event(e).encode()));
        }
        Sockets.write(socket, out.toByteArray());
        unwatch = log.watch(e -> Sockets.write(socket, Chunked.chunk(event(e).encode())));
    }

    /** What a reconnection missed: every event after its Last-Event-ID; nothing for a first connection. */
    private List<TickerEvent> missed(HttpRequest request) {
        return request.fields().get("Last-Event-ID").map(String::trim)
                .filter(id -> !id.isEmpty() && id.length() < 10 && id.chars().allMatch(Character::isDigit))
                .map(id -> log.after(Integer.parseInt(id))).orElse(List.of());
    }

    /** Ends the response with the last chunk and closes: the client will reconnect after its retry time. */
    void end() {
        if (ended) {
            return;
        }
        ended = true;
        unwatch.run();
        if (streaming) {
            Sockets.write(socket, Chunked.LAST);
        }
        Sockets.close(socket);
    }
}
