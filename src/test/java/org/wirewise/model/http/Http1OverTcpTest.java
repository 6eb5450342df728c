package org.wirewise.model.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.net.Host;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpState;
import org.wirewise.model.transport.TcpTuning;

/** The client, server and pool on a simulated cable with a 20 ms round trip. */
class Http1OverTcpTest {

    private static final TcpConfig LINUX = new TcpConfig(TcpConfig.ETHERNET_MSS, true, 7, true, true,
            TcpConfig.linuxInitialWindow(TcpConfig.ETHERNET_MSS));
    private static final long RTT = SimTime.millis(20);

    private final ClientServer net = new ClientServer(7, 20, 100, 100);
    private final Http1Server server = new Http1Server(net.server, "web", 80, LINUX,
            (request, respond) -> respond.accept(HttpResponse.text(HttpStatus.OK, HttpFields.EMPTY,
                    "page " + request.target())));
    private final List<HttpExchange> done = new ArrayList<>();

    @Test
    void twoRequestsOnOneKeptAliveConnectionCostOneHandshake() {
        server.start();
        Http1Connection c = Http1Connection.open(net.clientTcp, LINUX, Host.literal("198.51.100.80"), 80);
        c.send(HttpRequest.get("shop.example", "/a", HttpFields.EMPTY), done::add);
        c.send(HttpRequest.get("shop.example", "/b", HttpFields.EMPTY), done::add);
        net.network.simulation().runUntil(SimTime.seconds(1));
        assertThat(done).extracting(e -> e.response().orElseThrow().body().text()).containsExactly("page /a", "page /b");
        assertThat(net.serverTcp.sockets()).as("one connection accepted").hasSize(1);
        assertThat(done.get(0).completeAt()).as("handshake then request: two round trips").isBetween(2 * RTT, 2 * RTT + SimTime.millis(2));
        assertThat(done.get(1).completeAt() - done.get(1).sentAt()).as("the second costs one").isBetween(RTT, RTT + SimTime.millis(2));
        assertThat(c.socket().endpoint().state()).isEqualTo(TcpState.ESTABLISHED);
    }

    @Test
    void connectionCloseMakesTheServerCloseFirstSoItsSideHoldsTimeWait() {
        server.start();
        Http1Connection c = Http1Connection.open(net.clientTcp, LINUX, Host.literal("198.51.100.80"), 80);
        c.send(HttpRequest.get("shop.example", "/", HttpFields.of("Connection", "close")), done::add);
        net.network.simulation().runUntil(SimTime.seconds(1));
        assertThat(done.get(0).response().orElseThrow().fields().get("Connection")).contains("close");
        assertThat(net.serverTcp.sockets().get(0).endpoint().state()).isEqualTo(TcpState.TIME_WAIT);
        assertThat(c.socket().endpoint().state()).isEqualTo(TcpState.CLOSED);
    }

    @Test
    void bytesThatAreNotHttpGetA400AndTheSimulationGoesOn() {
        server.start();
        TcpSocket raw = net.clientTcp.open(40000, LINUX, TcpTuning.DEFAULTS);
        StringBuilder answer = new StringBuilder();
        raw.onConnected(() -> raw.write("GET / HTTP/1.1\r\nHost : x\r\n\r\n".getBytes()))
                .onData(b -> answer.append(new String(b)));
        raw.connect(Host.literal("198.51.100.80"), 80);
        net.network.simulation().runUntil(SimTime.seconds(1));
        assertThat(answer.toString()).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("Connection: close")
                .contains("whitespace before the colon");
    }

    @Test
    void aPoolOfTwoQueuesTheRestReusesItsConnectionsAndClosesThemWhenIdle() {
        server.start();
        ConnectionPool pool = new ConnectionPool(net.clientTcp, Host.literal("198.51.100.80"), 80,
                new ConnectionPool.Settings(2, SimTime.seconds(5), 0, LINUX));
        List<ConnectionPool.Counts> counts = new ArrayList<>();
        pool.observe(new ConnectionPool.Observer() {
            @Override
            public void changed(ConnectionPool.Counts c) {
                counts.add(c);
            }
        });
        for (int i = 0; i < 5; i++) {
            pool.execute(HttpRequest.get("shop.example", "/" + i, HttpFields.EMPTY), done::add);
        }
        net.network.simulation().runUntil(SimTime.seconds(10));
        assertThat(done).allMatch(HttpExchange::succeeded).hasSize(5);
        assertThat(pool.connections()).hasSize(2);
        assertThat(counts).anyMatch(c -> c.waiting() == 3 && c.active() == 2);
        assertThat(counts.get(counts.size() - 1).closedIdle()).isEqualTo(2);
        assertThat(pool.connections()).allMatch(c -> c.socket().endpoint().state() == TcpState.TIME_WAIT);
    }

    @Test
    void theHealthCheckDropsAConnectionTheServerClosedWhileItWasIdle() {
        server.keepAliveTimeout(SimTime.seconds(1)).start();
        ConnectionPool pool = new ConnectionPool(net.clientTcp, Host.literal("198.51.100.80"), 80,
                new ConnectionPool.Settings(2, SimTime.seconds(60), SimTime.millis(500), LINUX));
        pool.execute(HttpRequest.get("shop.example", "/", HttpFields.EMPTY), done::add);
        net.network.simulation().at(SimTime.seconds(3),
                () -> pool.execute(HttpRequest.get("shop.example", "/again", HttpFields.EMPTY), done::add));
        net.network.simulation().runUntil(SimTime.seconds(4));
        assertThat(done).allMatch(HttpExchange::succeeded).hasSize(2);
        assertThat(pool.counts().discardedStale()).isEqualTo(1);
        assertThat(done.get(1).connection()).isNotEqualTo(done.get(0).connection());
    }

    @Test
    void aResponseThatIsNotHttpFailsTheExchangeWithTheParsersReason() {
        net.serverTcp.listen(80, LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS,
                s -> s.onData(b -> s.write("HTTP/1.1 2OO OK\r\n\r\n".getBytes())));
        Http1Connection c = Http1Connection.open(net.clientTcp, LINUX, Host.literal("198.51.100.80"), 80);
        c.send(HttpRequest.get("shop.example", "/", HttpFields.EMPTY), done::add);
        net.network.simulation().runUntil(SimTime.seconds(1));
        assertThat(done).singleElement().satisfies(e -> {
            assertThat(e.succeeded()).isFalse();
            assertThat(e.failure()).contains("could not be read").contains("three-digit code");
        });
    }

    @Test
    void aRefusedConnectionFailsItsRequestWithAReason() {
        Http1Connection c = Http1Connection.open(net.clientTcp, LINUX, Host.literal("198.51.100.80"), 80);
        c.send(HttpRequest.get("shop.example", "/", HttpFields.EMPTY), done::add);
        net.network.simulation().runUntil(SimTime.seconds(1));
        assertThat(done.get(0).failure()).contains("refused");
    }

    @Test
    void theFetcherReportsWhenEachRequestStartedAndCompleted() {
        server.start();
        Http1Fetcher fetcher = new Http1Fetcher(net.clientTcp, Host.literal("198.51.100.80"), 80,
                new ConnectionPool.Settings(6, SimTime.seconds(90), 0, LINUX));
        List<RequestTiming> timings = new ArrayList<>();
        List<HttpRequest> page = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            page.add(HttpRequest.get("shop.example", "/asset" + i, HttpFields.EMPTY));
        }
        fetcher.fetch(page, timings::addAll);
        net.network.simulation().runUntil(SimTime.seconds(2));
        assertThat(timings).hasSize(8).allMatch(t -> t.queuedAt() <= t.sentAt() && t.sentAt() < t.firstByteAt()
                && t.firstByteAt() <= t.completeAt());
        assertThat(timings.stream().map(RequestTiming::connection).distinct()).hasSize(6);
        assertThat(timings.get(7).waited()).as("the seventh and eighth wait for a connection").isGreaterThanOrEqualTo(2 * RTT);
    }
}
