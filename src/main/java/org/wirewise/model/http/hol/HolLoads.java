package org.wirewise.model.http.hol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.http.ConnectionPool;
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
import org.wirewise.model.transport.ClientServer;

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

    static HolRun load(HolProtocol protocol, HolSetup s) {
        HolPage page = new HolPage(s.assets(), s.seed());
        ClientServer net = new ClientServer(s.seed(), s.rttMs(), s.bandwidthMbps(), QUEUE);
        return switch (protocol) {
            case HTTP1 -> http1(net, s, page);
            case HTTP2 -> http2(net, s, page);
            case HTTP3 -> http3(net, s, page);
        };
    }

    private static HolRun http1(ClientServer net, HolSetup s, HolPage page) {
        LossTap tap = new LossTap(net, s, ResponseBytes::tcp);
        new Http1Server(net.server, "web", 80, H2Rig.LINUX, (r, respond) -> respond.accept(HttpResponse.of(HttpStatus.OK,
                HttpFields.of("Content-Type", page.contentType(r.target())), HttpBody.sized(new byte[page.size(r.target())]))))
                .start();
        Http1Fetcher fetcher = new Http1Fetcher(net.clientTcp, net.serverIdentity().address(), 80,
                new ConnectionPool.Settings(HTTP1_CONNECTIONS, SimTime.seconds(90), SimTime.seconds(90), H2Rig.LINUX));
        return run(HolProtocol.HTTP1, net, page, tap, fetcher, () -> { });
    }

    private static HolRun http2(ClientServer net, HolSetup s, HolPage page) {
        LossTap tap = new LossTap(net, s, ResponseBytes::tcp);
        H2Rig rig = new H2Rig(net, H2Rig.Security.TLS, s.seed(), Settings.BROWSER, Settings.SERVER, (request, body) -> {
            String path = request.stream().filter(f -> f.name().equals(":path")).findFirst().map(HeaderField::value).orElse("/");
            return new H2Server.Response(List.of(new HeaderField(":status", "200"),
                    new HeaderField("content-type", page.contentType(path)),
                    new HeaderField("content-length", Integer.toString(page.size(path)))), new byte[page.size(path)]);
        });
        return run(HolProtocol.HTTP2, net, page, tap, new H2PageFetcher(rig.client(), "https"), rig::connect);
    }

    private static HolRun http3(ClientServer net, HolSetup s, HolPage page) {
        ResponseBytes.Quic quic = new ResponseBytes.Quic();
        LossTap tap = new LossTap(net, s, quic::ranges);
        LessonServer identity = LessonServer.of(s.seed());
        var sim = net.network.simulation();
        QuicListener.on(sim, net.server, 443, () -> new TlsServer(identity.identity(),
                new SeededSecureRandom(net.network.stream("tls server"))), "h3", socket -> {
                    socket.onSending(quic::sending);
                    Http3Server.on(socket, r -> HttpResponse.of(HttpStatus.OK, HttpFields.of("content-type",
                            page.contentType(r.target())), HttpBody.sized(new byte[page.size(r.target())])));
                });
        TlsClient tls = new TlsClient(HolPage.HOST, identity.clientCheck(), new SeededSecureRandom(net.network.stream("tls client")));
        QuicSocket socket = QuicSocket.client(sim, net.client, 50_000 + net.network.stream("port").nextInt(10_000),
                net.serverIdentity().address(), 443, tls, "h3");
        return run(HolProtocol.HTTP3, net, page, tap, new Http3Client(socket, HolPage.HOST), socket::connect);
    }

    /** The HTML, then the assets together; runs the network until the last one completes (or gives up). */
    private static HolRun run(HolProtocol protocol, ClientServer net, HolPage page, LossTap tap, PageFetcher fetcher,
                              Runnable connect) {
        List<RequestTiming> timings = new ArrayList<>();
        boolean[] done = {false};
        fetcher.fetch(List.of(page.html()), html -> {
            timings.addAll(html);
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

    static void forEach(Consumer<HolProtocol> action) {
        for (HolProtocol p : HolProtocol.values()) {
            action.accept(p);
        }
    }
}
