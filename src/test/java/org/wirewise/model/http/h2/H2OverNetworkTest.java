package org.wirewise.model.http.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.hpack.BrowserHeaders;
import org.wirewise.model.http.hpack.HeaderField;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.tls.TlsSocket;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpTuning;

/** HTTP/2 on the simulated network: h2c over TCP and h2 over TLS 1.3 with ALPN. */
class H2OverNetworkTest {

    private static final double RTT_MS = 40;

    private static H2Server.Response page(List<HeaderField> request, byte[] body) {
        return new H2Server.Response(List.of(new HeaderField(":status", "200"),
                new HeaderField("content-type", "text/css")), new byte[30_000]);
    }

    private static List<List<HeaderField>> assets(int n) {
        List<List<HeaderField>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(BrowserHeaders.stylesheet("shop.example", "/a" + i + ".css", "https://shop.example/"));
        }
        return out;
    }

    @Test
    void h2cFetchesSixAssetsOnOneConnectionInAboutOneRoundTripPlusTransfer() {
        ClientServer net = new ClientServer(7, RTT_MS, 100, 1000);
        net.serverTcp.listen(80, H2Rig.LINUX, TcpTuning.DEFAULTS,
                accepted -> new H2Server(H2Transport.tcp(accepted), Settings.SERVER, H2OverNetworkTest::page));
        TcpSocket socket = net.clientTcp.open(net.clientTcp.ephemeralPort(), H2Rig.LINUX, TcpTuning.DEFAULTS);
        H2Client client = new H2Client(H2Transport.tcp(socket), Settings.BROWSER, () -> net.network.simulation().now());
        List<H2Client.Completion> done = new ArrayList<>();
        client.fetch(assets(6), done::addAll);
        socket.connect(net.serverIdentity().address(), 80);
        net.network.simulation().runUntil(SimTime.seconds(5));
        assertThat(done).hasSize(6).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(200);
            assertThat(c.bodyOctets()).isEqualTo(30_000);
            assertThat(c.reset()).isNull();
        });
        assertThat(done).extracting(H2Client.Completion::stream).containsExactly(1, 3, 5, 7, 9, 11);
        long firstSent = done.get(0).sentAt();
        assertThat(done).allSatisfy(c -> assertThat(c.sentAt()).isEqualTo(firstSent));
        assertThat(client.connection().streams()).hasSize(6);
    }

    @Test
    void h2OverTlsNegotiatesH2WithAlpn() {
        ClientServer net = new ClientServer(9, RTT_MS, 100, 1000);
        LessonServer identity = LessonServer.of(9);
        List<TlsServer> servers = new ArrayList<>();
        net.serverTcp.listen(443, H2Rig.LINUX, TcpTuning.DEFAULTS, accepted -> {
            TlsServer tls = new TlsServer(identity.identity(), new SeededSecureRandom(net.network.stream("tls server")))
                    .withAlpn(List.of("h2", "http/1.1"));
            servers.add(tls);
            new H2Server(H2Transport.tls(TlsSocket.server(accepted, tls, s -> { })), Settings.SERVER, H2OverNetworkTest::page);
        });
        TcpSocket socket = net.clientTcp.open(net.clientTcp.ephemeralPort(), H2Rig.LINUX, TcpTuning.DEFAULTS);
        TlsClient tls = new TlsClient(identity.chain().host(), identity.clientCheck(),
                new SeededSecureRandom(net.network.stream("tls client"))).withAlpn(List.of("h2", "http/1.1"));
        H2Client client = new H2Client(H2Transport.tls(TlsSocket.client(socket, tls, s -> { })), Settings.BROWSER,
                () -> net.network.simulation().now());
        List<H2Client.Completion> done = new ArrayList<>();
        client.fetch(assets(3), done::addAll);
        socket.connect(net.serverIdentity().address(), 443);
        net.network.simulation().runUntil(SimTime.seconds(5));
        assertThat(tls.applicationProtocol()).contains("h2");
        assertThat(servers.get(0).applicationProtocol()).contains("h2");
        assertThat(done).hasSize(3).allSatisfy(c -> assertThat(c.bodyOctets()).isEqualTo(30_000));
    }

    @Test
    void aServerWithoutH2RefusesWithNoApplicationProtocol() {
        ClientServer net = new ClientServer(9, RTT_MS, 100, 1000);
        LessonServer identity = LessonServer.of(9);
        net.serverTcp.listen(443, H2Rig.LINUX, TcpTuning.DEFAULTS, accepted -> TlsSocket.server(accepted,
                new TlsServer(identity.identity(), new SeededSecureRandom(net.network.stream("s"))).withAlpn(List.of("http/1.1")),
                s -> { }));
        TcpSocket socket = net.clientTcp.open(net.clientTcp.ephemeralPort(), H2Rig.LINUX, TcpTuning.DEFAULTS);
        TlsClient tls = new TlsClient(identity.chain().host(), identity.clientCheck(),
                new SeededSecureRandom(net.network.stream("c"))).withAlpn(List.of("h2"));
        List<Object> alerts = new ArrayList<>();
        TlsSocket.client(socket, tls, s -> { }).onFailure(alerts::add);
        socket.connect(net.serverIdentity().address(), 443);
        net.network.simulation().runUntil(SimTime.seconds(5));
        assertThat(alerts).hasToString("[NO_APPLICATION_PROTOCOL]");
    }

    @Test
    void thePageFetcherTurnsHttp11RequestsIntoStreamsOfOneConnection() {
        ClientServer net = new ClientServer(3, RTT_MS, 100, 1000);
        H2Rig rig = new H2Rig(net, H2Rig.Security.H2C, 3, Settings.BROWSER, Settings.SERVER, H2OverNetworkTest::page);
        H2PageFetcher fetcher = new H2PageFetcher(rig.client(), "http");
        org.wirewise.model.http.HttpRequest html = org.wirewise.model.http.HttpRequest.get("shop.example", "/",
                org.wirewise.model.http.HttpFields.of("Accept", "text/html", "Connection", "keep-alive"));
        assertThat(fetcher.headerList(html)).extracting(HeaderField::toString).containsExactly(":method: GET",
                ":scheme: http", ":authority: shop.example", ":path: /", "accept: text/html");
        List<org.wirewise.model.http.RequestTiming> timings = new ArrayList<>();
        fetcher.fetch(List.of(html, html.with("X-Asset", "1")), timings::addAll);
        rig.connect();
        net.network.simulation().runUntil(SimTime.seconds(5));
        assertThat(timings).hasSize(2).allSatisfy(t -> {
            assertThat(t.connection()).isEqualTo(1);
            assertThat(t.completeAt()).isGreaterThan(t.firstByteAt());
            assertThat(t.firstByteAt() - t.sentAt()).isGreaterThanOrEqualTo(SimTime.millis(RTT_MS));
        });
    }
}
