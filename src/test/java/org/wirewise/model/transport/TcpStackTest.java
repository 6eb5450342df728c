package org.wirewise.model.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.packet.MacAddress;

/** TCP sockets on network hosts, across a router: a connection, data both ways, and a reset. */
class TcpStackTest {

    private static final TcpConfig LINUX = new TcpConfig(1460, true, 7, true, true, TcpConfig.linuxInitialWindow(1460));

    private final Network net = new Network(3);
    private final HostNode client = net.host("client");
    private final HostNode server = net.host("server");
    private final List<String> wire = new ArrayList<>();

    TcpStackTest() {
        RouterNode router = net.router("router");
        client.addInterface("eth0", MacAddress.of("02:00:00:00:00:0a"), "192.0.2.10/24");
        server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), "198.51.100.80/24");
        router.addInterface("eth0", MacAddress.of("02:00:00:00:01:01")).address("192.0.2.1/24");
        router.addInterface("eth1", MacAddress.of("02:00:00:00:01:02")).address("198.51.100.1/24");
        client.gateway("192.0.2.1");
        server.gateway("198.51.100.1");
        net.connect(client.iface("eth0"), router.iface("eth0"), Cable.Spec.of(100, 5));
        net.connect(router.iface("eth1"), server.iface("eth0"), Cable.Spec.of(100, 15));
        net.observe(t -> wire.add(t.from().node().name() + ">" + t.to().node().name()));
    }

    @Test
    void aConnectionAcrossARouterCarriesDataBothWaysIn40MsRoundTrips() {
        TcpStack c = TcpStack.on(client);
        TcpStack s = TcpStack.on(server);
        TcpSocket listener = s.open(80, LINUX, TcpTuning.DEFAULTS);
        listener.listen();
        TcpSocket socket = c.open(c.ephemeralPort(), LINUX, TcpTuning.DEFAULTS);
        socket.connect(Host.literal("198.51.100.80"), 80);
        long[] established = {-1};
        c.onArrival((sock, seg, before) -> {
            if (before == TcpState.SYN_SENT && sock.endpoint().state() == TcpState.ESTABLISHED) {
                established[0] = net.now();
                sock.endpoint().send("GET / HTTP/1.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        });
        net.simulation().runUntil(1_000_000_000L);

        assertThat(socket.endpoint().state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(listener.endpoint().state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(listener.remoteAddress()).isEqualTo(Host.literal("192.0.2.10"));
        assertThat(listener.endpoint().deliveredBytes()).isEqualTo(18);
        // One RTT (2 × (5 + 15) ms) plus the serialisation of SYN and SYN-ACK on each cable.
        assertThat(established[0]).isBetween(40_000_000L, 40_100_000L);
        assertThat(wire.subList(0, 4)).containsExactly("client>router", "router>server", "server>router",
                "router>client");
    }

    @Test
    void aSynToAPortWithNoSocketIsReset() {
        TcpStack c = TcpStack.on(client);
        TcpStack.on(server);
        TcpSocket socket = c.open(c.ephemeralPort(), LINUX, TcpTuning.DEFAULTS);
        socket.connect(Host.literal("198.51.100.80"), 81);
        net.simulation().runUntil(1_000_000_000L);
        assertThat(socket.endpoint().state()).isEqualTo(TcpState.CLOSED);
        assertThat(wire).containsExactly("client>router", "router>server", "server>router", "router>client");
    }

    @Test
    void aListenerAcceptsEachConnectionAsASocketOfItsOwnOnceItsHandshakeCompletes() {
        TcpStack c = TcpStack.on(client);
        TcpStack s = TcpStack.on(server);
        List<TcpSocket> accepted = new ArrayList<>();
        List<Long> acceptedAt = new ArrayList<>();
        s.listen(443, LINUX, TcpTuning.DEFAULTS, socket -> {
            accepted.add(socket);
            acceptedAt.add(net.now());
        });
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TcpSocket socket = c.open(c.ephemeralPort(), LINUX, TcpTuning.DEFAULTS);
            ports.add(socket.localPort());
            net.simulation().schedule(i * 1_000_000L, () -> socket.connect(Host.literal("198.51.100.80"), 443));
        }
        net.simulation().runUntil(39_000_000L);
        assertThat(accepted).as("no accept() before a handshake completes").isEmpty();
        net.simulation().runUntil(1_000_000_000L);

        assertThat(accepted).extracting(sock -> sock.endpoint().remotePort()).containsExactlyElementsOf(ports);
        assertThat(accepted).allSatisfy(sock -> {
            assertThat(sock.localPort()).isEqualTo(443);
            assertThat(sock.endpoint().state()).isEqualTo(TcpState.ESTABLISHED);
        });
        assertThat(accepted).extracting(sock -> sock.endpoint().iss()).as("each connection its own ISN")
                .doesNotHaveDuplicates();
        // The third client's ACK leaves 2 ms after the first's: one RTT of 40 ms plus the stagger.
        assertThat(acceptedAt.get(2) - acceptedAt.get(0)).isBetween(2_000_000L, 2_100_000L);
    }

    @Test
    void anApplicationTalksThroughTheSocketApiRequestThenResponseThenClose() {
        java.nio.charset.Charset ascii = java.nio.charset.StandardCharsets.US_ASCII;
        List<String> log = new ArrayList<>();
        TcpStack.on(server).listen(80, LINUX, TcpTuning.DEFAULTS, accepted -> accepted
                .onData(bytes -> {
                    log.add("server read " + new String(bytes, ascii) + " at " + net.now() / 1_000_000 + " ms");
                    accepted.write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(ascii));
                    accepted.close();
                }));
        TcpStack c = TcpStack.on(client);
        TcpSocket socket = c.open(c.ephemeralPort(), LINUX, TcpTuning.DEFAULTS);
        socket.onConnected(() -> {
            log.add("connected at " + net.now() / 1_000_000 + " ms");
            socket.write("GET".getBytes(ascii));
        }).onData(bytes -> log.add("client read " + new String(bytes, ascii).trim()))
                .onPeerClosed(() -> {
                    log.add("peer closed");
                    socket.close();
                });
        socket.connect(Host.literal("198.51.100.80"), 80);
        net.simulation().runUntil(1_000_000_000L);

        // One RTT to connect, half an RTT for the request to arrive, then the response and the FIN.
        assertThat(log).containsExactly("connected at 40 ms", "server read GET at 60 ms",
                "client read HTTP/1.1 204 No Content", "peer closed");
        assertThat(socket.endpoint().state()).isIn(TcpState.LAST_ACK, TcpState.CLOSED);
    }
}
