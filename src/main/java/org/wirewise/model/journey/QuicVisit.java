package org.wirewise.model.journey;

import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.http.h3.Http3Client;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.quic.Frame;
import org.wirewise.model.quic.QuicConnection;
import org.wirewise.model.quic.QuicEvent;
import org.wirewise.model.quic.QuicSocket;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.trace.SessionSecret;

/**
 * The browser's load over HTTP/3: an earlier visit's Alt-Svc told it shop.example.com speaks h3 on
 * UDP 443 (RFC 9114 §3.1.1), so once DNS has answered it opens a QUIC connection at once (TLS 1.3
 * in its CRYPTO frames, ALPN h3), sends GET / on stream 0 the moment the handshake completes, then
 * the three sub-resources on streams 4, 8 and 12. It notes the same moments {@link Browser} does,
 * plus the frame that carried each request's first byte.
 */
final class QuicVisit {

    static final String ALPN = "h3";
    /** Linux's default ephemeral range (net.ipv4.ip_local_port_range): the browser's UDP port is drawn from it. */
    private static final int EPHEMERAL_FIRST = 32_768;
    private static final int EPHEMERAL_COUNT = 60_999 - 32_768 + 1;

    private final HostNode laptop;
    private final Browser.Times times;
    private QuicSocket socket;

    private Browser.Connection connection;

    private QuicVisit(HostNode laptop, Browser.Times times) {
        this.laptop = laptop;
        this.times = times;
    }

    /** Connects to {@code address} and loads the page, noting into {@code times}; secrets go to {@code secrets}. */
    static void load(HostNode laptop, InetAddress address, LessonServer site, Consumer<SessionSecret> secrets,
                     Browser.Times times) {
        new QuicVisit(laptop, times).start(address, site, secrets);
    }

    private void start(InetAddress address, LessonServer site, Consumer<SessionSecret> secrets) {
        TlsClient tls = new TlsClient(JourneyZones.SITE, site.clientCheck(),
                new SeededSecureRandom(laptop.network().stream("tls laptop")));
        int port = EPHEMERAL_FIRST + laptop.network().stream("quic port").nextInt(EPHEMERAL_COUNT);
        socket = QuicSocket.client(laptop.network().simulation(), laptop, port, address, JourneyNetwork.HTTPS, tls, ALPN);
        socket.onSecret(secrets).onSent((d, p) -> sent(d, p.frame()));
        Http3Client http = new Http3Client(socket, JourneyZones.SITE);
        connection = new Browser.Connection(port);
        times.connections.add(connection);
        fetch(http, List.of("/"), times.typedAt, html -> fetch(http, ShopPages.SUB_RESOURCES, now(),
                assets -> times.doneAt = now()));
        connection.connectStart = now();
        socket.connect();
    }

    /** Notes the first frame that carried each request stream's first byte, and when the handshake completed. */
    private void sent(QuicConnection.Datagram d, byte[] frame) {
        for (var packet : d.packets()) {
            for (Frame f : packet.frames()) {
                if (f instanceof Frame.Stream s && (s.streamId() & 3) == 0 && s.offset() == 0) {
                    times.streamFrames.putIfAbsent(s.streamId(), frame);
                }
            }
        }
        if (connection.connectEnd < 0 && socket.connection().handshakeComplete()) {
            connection.connectEnd = socket.connection().events().stream()
                    .filter(e -> e.kind() == QuicEvent.Kind.HANDSHAKE_COMPLETE).mapToLong(QuicEvent::time)
                    .findFirst().orElse(now());
        }
    }

    private void fetch(Http3Client http, List<String> paths, long queuedAt, Consumer<List<RequestTiming>> then) {
        List<HttpRequest> requests = paths.stream().map(p -> HttpRequest.get(JourneyZones.SITE, p, HttpFields.of(
                "user-agent", "Mozilla/5.0 (X11; Linux x86_64)", "accept", p.equals("/") ? "text/html" : "*/*"))).toList();
        http.fetch(requests, done -> {
            List<RequestTiming> sorted = done.stream().sorted(Comparator.comparingInt(RequestTiming::index)).toList();
            for (RequestTiming r : sorted) {
                Http3Client.Answered a = http.answered().stream().filter(x -> x.target().equals(r.target()))
                        .reduce((x, y) -> y).orElseThrow();
                times.streams.put(r.target(), a.streamId());
                times.fetches.add(new Browser.Fetch(r.target(), queuedAt, r.sentAt(), r.firstByteAt(), r.completeAt(),
                        a.response().body().bytes().length, connection.localPort, times.fetches.isEmpty()));
            }
            then.accept(sorted);
        });
    }

    private long now() {
        return laptop.network().now();
    }
}
