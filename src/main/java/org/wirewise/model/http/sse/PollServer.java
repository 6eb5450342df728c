package org.wirewise.model.http.sse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.wirewise.model.http.Http1Parser;
import org.wirewise.model.http.HttpBody;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpMessage;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.http.HttpStatus;
import org.wirewise.model.http.Sockets;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.transport.TcpSocket;

/**
 * The server's side of one polling connection. {@code GET /poll?after=N} is answered at once with every event
 * after N (an empty list when there is none); {@code GET /long-poll?after=N} is answered as soon as there is one,
 * or with 204 No Content when the timeout passes first, as long-polling servers do.
 */
final class PollServer {

    static final String SHORT_PATH = "/poll";
    static final String LONG_PATH = "/long-poll";
    private static final Pattern AFTER = Pattern.compile("[?&]after=(\\d{1,9})");

    private final TcpSocket socket;
    private final EventLog log;
    private final Simulation sim;
    private final long timeout;
    private final Http1Parser parser = new Http1Parser(Http1Parser.Reading.REQUESTS);
    private Runnable unwatch = () -> { };
    private boolean held;

    PollServer(TcpSocket socket, EventLog log, Simulation sim, long timeout) {
        this.socket = socket;
        this.log = log;
        this.sim = sim;
        this.timeout = timeout;
        socket.onData(this::read).onPeerClosed(() -> {
            release();
            Sockets.close(socket);
        });
    }

    private void read(byte[] bytes) {
        for (HttpMessage m : parser.feed(bytes)) {
            HttpRequest request = (HttpRequest) m;
            int after = after(request.target());
            List<TickerEvent> news = log.after(after);
            if (!news.isEmpty() || request.target().startsWith(SHORT_PATH + "?")) {
                answer(news);
            } else {
                hold(after);
            }
        }
    }

    private void hold(int after) {
        held = true;
        unwatch = log.watch(e -> answer(log.after(after)));
        Runnable mine = unwatch;
        sim.schedule(timeout, () -> {
            if (held && unwatch == mine) {
                release();
                Sockets.write(socket, HttpResponse.of(HttpStatus.of(204), HttpFields.of("Cache-Control", "no-store"),
                        HttpBody.NONE).encode());
            }
        });
    }

    private void answer(List<TickerEvent> events) {
        release();
        String json = events.stream().map(TickerEvent::json).collect(Collectors.joining(",", "[", "]"));
        Sockets.write(socket, HttpResponse.of(HttpStatus.OK, HttpFields.of("Content-Type", "application/json",
                "Cache-Control", "no-store"), HttpBody.sized(json.getBytes(StandardCharsets.UTF_8))).encode());
    }

    private void release() {
        held = false;
        unwatch.run();
        unwatch = () -> { };
    }

    /** The id a poll asks for events after; 0 when it names none. */
    static int after(String target) {
        Matcher m = AFTER.matcher(target);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
