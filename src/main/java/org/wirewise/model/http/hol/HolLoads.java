package org.wirewise.model.http.hol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.wirewise.model.http.ConnectionPool;
import org.wirewise.model.http.ConnectionSetup;
import org.wirewise.model.http.Http1Fetcher;
import org.wirewise.model.http.Http1Server;
import org.wirewise.model.http.HttpBody;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.http.HttpStatus;
import org.wirewise.model.http.PageFetcher;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.http.h2.H2PageFetcher;
import org.wirewise.model.http.h2.H2Rig;
import org.wirewise.model.http.h2.H2Server;
import org.wirewise.model.http.h2.Settings;
import org.wirewise.model.http.h3.Http3Client;
import org.wirewise.model.http.h3.Http3Server;
import org.wirewise.model.http.hpack.HeaderField;
import org.wirewise.model.quic.QuicListener;
import org.wirewise.model.quic.QuicSocket;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.TcpEvent;
import org.wirewise.model.transport.TcpState;

/**
 * Loads the page over one protocol on its own copy of the network (same seed, same cable): the
 * HTML first, then every asset at once when it has arrived, as a browser's preload scanner does.
 */
final class HolLoads {

    /** Frames that may wait behind the one being sent, each way: enough that the queue drops nothing. */
    static final int QUEUE = 1000;
    /** A page that has not loaded by then (simulated time) is reported incomplete. */
    static final long GIVE_UP = SimTime.seconds(120);
    static final int HTTP1_CONNECTIONS = 6;

    private HolLoads() {
    }

    static HolRun load(HolProtocol protocol, HolSetup s, LoadWatch watch) {
        HolPage page = new HolPage(s.assets(), s.seed());
        ClientServer net = new ClientServer(s.seed(), s.rttMs(), s.bandwidthMbps(), QUEUE);
        watch.network(net);
        return switch (protocol) {
            case HTTP1 -> http1(net, s, page, watch);
            case HTTP2 -> http2(net, s, page, watch);
            case HTTP3 -> http3(net, s, page, watch);
        };
    }

    private static HolRun http1(ClientServer net, HolSetup s, HolPage page, LoadWatch watch) {
        LossTap tap = new LossTap(net, s, ResponseBytes::tcp, watch);
        new Http1Server(net.server, "web", 80, H2Rig.LINUX, (r, respond) -> respond.accept(HttpResponse.of(HttpStatus.OK,
                HttpFields.of("Content-Type", page.contentType(r.target())), HttpBody.sized(new byte[page.size(r.target())]))))
                .start();
        Http1Fetcher fetcher = new Http1Fetcher(net.clientTcp, net.serverIdentity().address(), 80,
                new ConnectionPool.Settings(HTTP1_CONNECTIONS, SimTime.seconds(90), SimTime.seconds(90), H2Rig.LINUX));
        // Each connection's TCP handshake is on the timing of the request that opened it (Http1Connection).
        return run(HolProtocol.HTTP1, net, page, tap, fetcher, () -> { }, () -> ConnectionSetup.NONE);
    }

    private static HolRun http2(ClientServer net, HolSetup s, HolPage page, LoadWatch watch) {
        LossTap tap = new LossTap(net, s, ResponseBytes::tcp, watch);
        H2Rig rig = new H2Rig(net, H2Rig.Security.TLS, s.seed(), Settings.BROWSER, Settings.SERVER, (request, body) -> {
            String path = request.stream().filter(f -> f.name().equals(":path")).findFirst().map(HeaderField::value).orElse("/");
            return new H2Server.Response(List.of(new HeaderField(":status", "200"),
                    new HeaderField("content-type", page.contentType(path)),
                    new HeaderField("content-length", Integer.toString(page.size(path)))), new byte[page.size(path)]);
        });
        Handshake handshake = new Handshake(net);
        rig.onSecret(secret -> {
            watch.secret(secret);
            handshake.secret(secret);
        });
        rig.socket().endpoint().observe(e -> {
            if (e.kind() == TcpEvent.Kind.STATE && rig.socket().endpoint().state() == TcpState.ESTABLISHED) {
                handshake.transportDone();
            }
        });
        return run(HolProtocol.HTTP2, net, page, tap, new H2PageFetcher(rig.client(), "https"),
                handshake.then(rig::connect), handshake::tcpThenTls);
    }

    private static HolRun http3(ClientServer net, HolSetup s, HolPage page, LoadWatch watch) {
        ResponseBytes.Quic quic = new ResponseBytes.Quic();
        LossTap tap = new LossTap(net, s, quic::ranges, watch);
        LessonServer identity = LessonServer.of(s.seed());
        var sim = net.network.simulation();
        QuicListener.on(sim, net.server, 443, () -> new TlsServer(identity.identity(),
                new SeededSecureRandom(net.network.stream("tls server"))), "h3", socket -> {
                    socket.onSending(quic::sending).onSent(watch::quicDatagram);
                    Http3Server.on(socket, r -> HttpResponse.of(HttpStatus.OK, HttpFields.of("content-type",
                            page.contentType(r.target())), HttpBody.sized(new byte[page.size(r.target())])));
                });
        // Not HTTP/2's "tls client" stream: the same seed would give both the same client random, and one key log
        // with two lines per random decrypts only one of the two captures.
        TlsClient tls = new TlsClient(HolPage.HOST, identity.clientCheck(), new SeededSecureRandom(net.network.stream("quic tls client")));
        QuicSocket socket = QuicSocket.client(sim, net.client, 50_000 + net.network.stream("port").nextInt(10_000),
                net.serverIdentity().address(), 443, tls, "h3");
        Handshake handshake = new Handshake(net);
        socket.onSent(watch::quicDatagram).onSecret(secret -> {
            watch.secret(secret);
            handshake.secret(secret);
        });
        return run(HolProtocol.HTTP3, net, page, tap, new Http3Client(socket, HolPage.HOST), handshake.then(socket::connect),
                handshake::quic);
    }

    /** The HTML, then the assets together; runs the network until the last one completes (or gives up). */
    private static HolRun run(HolProtocol protocol, ClientServer net, HolPage page, LossTap tap, PageFetcher fetcher,
                              Runnable connect, Supplier<ConnectionSetup> setup) {
        List<RequestTiming> timings = new ArrayList<>();
        boolean[] done = {false};
        fetcher.fetch(List.of(page.html()), html -> {
            // The HTML waited for the one connection HTTP/2 and HTTP/3 open; HTTP/1.1's timings carry their own.
            ConnectionSetup opened = setup.get();
            html.forEach(t -> timings.add(opened.none() ? t : t.withSetup(opened)));
            tap.assetsRequested();
            fetcher.fetch(page.assets(), assets -> {
                assets.forEach(t -> timings.add(renumbered(t)));
                done[0] = true;
            });
        });
        connect.run();
        var sim = net.network.simulation();
        while (!done[0] && sim.now() < GIVE_UP && sim.step()) {
            // until the page has loaded: connections left open afterwards are not part of the load
        }
        if (!done[0]) {
            return incomplete(protocol, page, timings, tap);
        }
        return new HolRun(protocol, timings, tap.lost());
    }

    private static RequestTiming renumbered(RequestTiming t) {
        return t.withIndex(t.index() + 1);
    }

    private static HolRun incomplete(HolProtocol protocol, HolPage page, List<RequestTiming> got, LossTap tap) {
        List<RequestTiming> out = new ArrayList<>(got);
        for (int i = got.size(); i < page.requests(); i++) {
            out.add(new RequestTiming(i, HolPage.target(i), -1, -1, -1, -1, 0));
        }
        return new HolRun(protocol, out, tap.lost());
    }

    /**
     * When the browser's one connection started and when its handshakes completed, from the browser's side: TCP's
     * when the socket reached ESTABLISHED, TLS 1.3's (and QUIC's, which carries it) when the browser derived its
     * application traffic secret, on reading the server's Finished (RFC 8446 §7.1), after which it sends requests.
     */
    private static final class Handshake {
        private final ClientServer net;
        private long startedAt = -1;
        private long transportAt = -1;
        private long secureAt = -1;

        Handshake(ClientServer net) {
            this.net = net;
        }

        Runnable then(Runnable connect) {
            return () -> {
                startedAt = net.network.now();
                connect.run();
            };
        }

        void transportDone() {
            if (transportAt < 0) {
                transportAt = net.network.now();
            }
        }

        void secret(SessionSecret s) {
            if (secureAt < 0 && s.label().equals("CLIENT_TRAFFIC_SECRET_0")) {
                secureAt = net.network.now();
            }
        }

        ConnectionSetup tcpThenTls() {
            return startedAt < 0 || transportAt < 0 ? ConnectionSetup.NONE : secureAt < 0
                    ? ConnectionSetup.connect(startedAt, transportAt)
                    : ConnectionSetup.connect(startedAt, transportAt).withTls(transportAt, secureAt);
        }

        ConnectionSetup quic() {
            return startedAt < 0 || secureAt < 0 ? ConnectionSetup.NONE : ConnectionSetup.connect(startedAt, secureAt);
        }
    }

    static void forEach(Consumer<HolProtocol> action) {
        for (HolProtocol p : HolProtocol.values()) {
            action.accept(p);
        }
    }
}
