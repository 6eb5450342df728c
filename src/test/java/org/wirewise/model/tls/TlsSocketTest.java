package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/** TLS over the simulated TCP: records cut by segments reassemble, secrets reach the sink, data crosses. */
class TlsSocketTest {

    private static final TestCertificates.Issued CERT = TestCertificates.selfSigned("www.example.com", 7);
    private static final TcpConfig CONFIG = new TcpConfig(TcpConfig.ETHERNET_MSS, true, 7, true, true,
            TcpConfig.linuxInitialWindow(TcpConfig.ETHERNET_MSS));

    @Test
    void aHandshakeAndA40KilobyteResponseCrossTheNetworkIntact() {
        Network net = new Network(3);
        HostNode client = net.host("client");
        HostNode server = net.host("server");
        client.addInterface("eth0", MacAddress.of("02:00:00:00:00:0a"), "192.0.2.10/24");
        server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), "192.0.2.80/24");
        net.connect(client.iface("eth0"), server.iface("eth0"), Cable.Spec.of(100, 10));
        net.resolveWithArp();
        List<Transmission> wire = new ArrayList<>();
        net.observe(wire::add);
        List<SessionSecret> keyLog = new ArrayList<>();
        List<TlsEvent> serverEvents = new ArrayList<>();
        byte[] page = new byte[40_000];
        new java.util.SplittableRandom(1).nextBytes(page);

        TcpStack.on(server).listen(443, CONFIG.withLinuxListenerWindow(), TcpTuning.DEFAULTS, accepted -> {
            TlsServer tls = new TlsServer(new ServerIdentity(List.of(CERT.der()), CERT.keys().getPrivate(), SignatureScheme.ED25519),
                    new SeededSecureRandom(net.stream("tls server")));
            TlsSocket s = TlsSocket.server(accepted, tls, secret -> { }).onEvent(serverEvents::add);
            s.onData(request -> s.write(page));
        });
        TcpStack tcp = TcpStack.on(client);
        TcpSocket socket = tcp.open(tcp.ephemeralPort(), CONFIG, TcpTuning.DEFAULTS);
        TlsClient tls = new TlsClient("www.example.com", CertificateCheck.pinned(CERT.der()), new SeededSecureRandom(net.stream("tls client")));
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        long[] establishedAt = {-1};
        TlsSocket c = TlsSocket.client(socket, tls, keyLog::add).onData(received::writeBytes);
        c.onEstablished(() -> {
            establishedAt[0] = net.now();
            c.write("GET / HTTP/1.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        });
        socket.connect(org.wirewise.model.net.Host.literal("192.0.2.80"), 443);
        net.simulation().runUntil(SimTime.seconds(2));

        assertThat(received.toByteArray()).isEqualTo(page);
        assertThat(keyLog).extracting(SessionSecret::label).containsExactly("CLIENT_HANDSHAKE_TRAFFIC_SECRET",
                "SERVER_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0", "EXPORTER_SECRET");
        assertThat(serverEvents).extracting(TlsEvent::kind).contains(TlsEvent.Kind.CONNECTED, TlsEvent.Kind.DATA_SENT);
        // 40,000 bytes are three records (16,384 + 16,384 + 7,232) cut into more than 27 segments.
        long serverSegments = wire.stream().filter(t -> t.from().node() == server).count();
        assertThat(serverSegments).isGreaterThan(27);
        // From the SYN, TCP's handshake takes one round trip and TLS's another: the request may go after two RTTs (2 x 20 ms).
        long syn = wire.stream().filter(t -> t.from().node() == client && t.packet().annotation(org.wirewise.model.packet.TcpSegment.class) != null)
                .findFirst().orElseThrow().start();
        assertThat(establishedAt[0] - syn).isGreaterThanOrEqualTo(SimTime.millis(40)).isLessThan(SimTime.millis(42));
    }
}
