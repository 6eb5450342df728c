package org.wirewise.model.http.sse;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.Sockets;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * A browser's EventSource (WHATWG HTML §9.2.3): GET with {@code Accept: text/event-stream}; the events read from
 * the chunked body by {@link SseParser}; when the response ends, a new connection after the reconnection time
 * the stream asked for, carrying the last event id as Last-Event-ID. With {@code sendsLastEventId} off it
 * stands for a hand-written reader that forgets the id, to show what that loses.
 */
final class SseClient {

    /** What a browser waits before reconnecting when the stream never set {@code retry:} (a few seconds). */
    static final long DEFAULT_RETRY_MILLIS = 3000;

    private final TcpStack tcp;
    private final TcpConfig config;
    private final InetAddress server;
    private final int port;
    private final String host;
    private final boolean sendsLastEventId;
    private final SseParser parser = new SseParser();
    private final List<SseEvent> events = new ArrayList<>();
    private TcpSocket socket;
    private boolean stopped;

    private SseClient(TcpStack tcp, TcpConfig config, InetAddress server, int port, String host, boolean sendsLastEventId) {
        this.tcp = tcp;
        this.config = config;
        this.server = server;
        this.port = port;
        this.host = host;
        this.sendsLastEventId = sendsLastEventId;
    }

    static SseClient open(TcpStack tcp, TcpConfig config, InetAddress server, int port, String host, boolean sendsLastEventId) {
        SseClient c = new SseClient(tcp, config, server, port, host, sendsLastEventId);
        c.connect();
        return c;
    }

    /** The events dispatched so far, in order. */
    List<SseEvent> events() {
        return List.copyOf(events);
    }

    /** EventSource.close(): no more reconnections. */
    void stop() {
        stopped = true;
        if (socket != null) {
            Sockets.close(socket); // else it is waiting to reconnect, and now never will
        }
    }

    private void connect() {
        TcpSocket s = tcp.open(tcp.ephemeralPort(), config, TcpTuning.DEFAULTS);
        socket = s;
        Response response = new Response();
        s.onConnected(() -> Sockets.write(s, request().encode()))
                .onData(bytes -> response.read(bytes))
                .onPeerClosed(() -> ended(s));
        s.connect(server, port);
    }

    private HttpRequest request() {
        HttpFields fields = HttpFields.of("Accept", "text/event-stream", "Cache-Control", "no-cache");
        if (sendsLastEventId && !parser.lastEventId().isEmpty()) {
            fields = fields.with("Last-Event-ID", parser.lastEventId());
        }
        return HttpRequest.get(host, SseStream.PATH, fields);
    }

    /** The response ended (its last chunk or the server's FIN): reconnect after the reconnection time (§9.2.3). */
    private void ended(TcpSocket s) {
        Sockets.close(s);
        if (stopped || s != socket) {
            return;
        }
        socket = null;
        long wait = parser.retryMillis().orElse(DEFAULT_RETRY_MILLIS);
        tcp.host().network().simulation().schedule(wait * 1_000_000L, () -> {
            if (!stopped) {
                connect();
            }
        });
    }

    /** One response: the head up to CRLF CRLF, then chunks whose content is the event stream. */
    private final class Response {
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private final Chunked body = new Chunked();
        private boolean inBody;

        void read(byte[] bytes) {
            byte[] rest = bytes;
            if (!inBody) {
                head.writeBytes(bytes);
                String text = head.toString(StandardCharsets.ISO_8859_1);
                int end = text.indexOf("\r\n\r\n");
                if (end < 0) {
                    return;
                }
                inBody = true;
                byte[] all = head.toByteArray();
                rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            }
            events.addAll(parser.feed(body.feed(rest)));
        }
    }
}
