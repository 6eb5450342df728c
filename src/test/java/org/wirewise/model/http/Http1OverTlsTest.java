package org.wirewise.model.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.h2.H2Rig;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.tls.TlsSocket;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpTuning;

/** HTTP/1.1 inside TLS 1.3 (https with ALPN http/1.1): a pool of such connections, each with its own handshakes. */
class Http1OverTlsTest {

    private static final long RTT = SimTime.millis(20);

    private final ClientServer net = new ClientServer(11, 20, 100, 1000);
    private final LessonServer identity = LessonServer.of(11);
    private final Http1Server server = Http1Server.behind(net.server, "web", (request, respond) -> respond.accept(
            HttpResponse.text(HttpStatus.OK, HttpFields.EMPTY, "page " + request.target())));
    private final List<TlsServer> accepted = new ArrayList<>();

    /** The server side: TLS on 443 offering h2 and http/1.1; connections that chose http/1.1 go to the HTTP/1.1 server. */
    private void listen(List<String> alpn) {
        server.start();
        net.serverTcp.listen(443, H2Rig.LINUX, TcpTuning.DEFAULTS, tcp -> {
            TlsServer tls = new TlsServer(identity.identity(), new SeededSecureRandom(net.network.stream("tls server")))
                    .withAlpn(alpn);
            accepted.add(tls);
            TlsSocket socket = TlsSocket.server(tcp, tls, s -> { });
            socket.onEstablished(() -> server.serve(Http1Transport.tls(socket)));
        });
    }

    private Http1Connection dial(List<String> alpn) {
        TcpSocket tcp = net.clientTcp.open(net.clientTcp.ephemeralPort(), H2Rig.LINUX, TcpTuning.DEFAULTS);
        TlsClient tls = new TlsClient(identity.chain().host(), identity.clientCheck(),
                new SeededSecureRandom(net.network.stream("tls client"))).withAlpn(alpn);
        Http1Connection c = Http1Connection.over(net.clientTcp, Http1Transport.tls(TlsSocket.client(tcp, tls, s -> { })));
        tcp.connect(net.serverIdentity().address(), 443);
        return c;
    }

    @Test
    void aPoolOfThreeOpensThreeTlsConnectionsAndEachFirstRequestCarriesItsHandshakes() {
        listen(List.of("h2", Http1Transport.ALPN_HTTP1));
        ConnectionPool pool = new ConnectionPool(net.clientTcp, () -> dial(List.of(Http1Transport.ALPN_HTTP1)),
                new ConnectionPool.Settings(3, SimTime.seconds(90), SimTime.seconds(90), H2Rig.LINUX));
        List<HttpExchange> done = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pool.execute(HttpRequest.get(identity.chain().host(), "/" + i, HttpFields.EMPTY), done::add);
        }
        net.network.simulation().runUntil(SimTime.seconds(2));

        assertThat(done).hasSize(5).allMatch(HttpExchange::succeeded);
        assertThat(done).extracting(e -> e.response().orElseThrow().body().text())
                .containsExactlyInAnyOrder("page /0", "page /1", "page /2", "page /3", "page /4");
        assertThat(pool.connections()).hasSize(3);
        assertThat(accepted).hasSize(3).allSatisfy(t -> assertThat(t.applicationProtocol()).contains("http/1.1"));
        List<ConnectionSetup> setups = done.stream().map(HttpExchange::setup).filter(s -> !s.none()).toList();
        assertThat(setups).as("one setup per connection, on the request that opened it").hasSize(3)
                .allSatisfy(s -> {
                    assertThat(s.connectEnd() - s.connectStart()).as("TCP: one round trip").isBetween(RTT, RTT + SimTime.millis(1));
                    assertThat(s.tlsStart()).as("the ClientHello leaves as TCP connects").isEqualTo(s.connectEnd());
                    assertThat(s.tlsEnd() - s.tlsStart()).as("TLS 1.3: one more").isBetween(RTT, RTT + SimTime.millis(3));
                });
        HttpExchange first = done.stream().filter(e -> !e.setup().none()).findFirst().orElseThrow();
        assertThat(first.sentAt()).as("the request waits for TLS").isEqualTo(first.setup().tlsEnd());
    }

    @Test
    void whenAlpnChoosesHttp2TheHttp1ConnectionFailsWithAMessageAndSendsNothing() {
        listen(List.of("h2", Http1Transport.ALPN_HTTP1));
        Http1Connection c = dial(List.of("h2"));
        List<HttpExchange> done = new ArrayList<>();
        c.send(HttpRequest.get(identity.chain().host(), "/", HttpFields.EMPTY), done::add);
        net.network.simulation().runUntil(SimTime.seconds(2));

        assertThat(done).hasSize(1);
        assertThat(done.get(0).succeeded()).isFalse();
        assertThat(done.get(0).failure()).contains("ALPN chose h2");
        assertThat(done.get(0).sentAt()).isEqualTo(-1);
        assertThat(server.served()).isZero();
    }
}
