package org.wirewise.model.http.h3;

import java.nio.charset.StandardCharsets;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.tls.TlsSocket;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * The same request over TCP and TLS 1.3 on the same Wi-Fi path, as a measurement to compare with
 * QUIC: when, after the SYN, the first request byte leaves the phone.
 */
final class TcpTlsBaseline {

    private TcpTlsBaseline() {
    }

    /** Nanoseconds from the SYN to the moment the request is written, or -1 if it never was. */
    static long requestSentAt(QuicLessonScenario s) {
        Network network = new Network(s.seed());
        HostNode phone = network.host(QuicLessonSimulator.CLIENT);
        HostNode server = network.host(QuicLessonSimulator.SERVER);
        RouterNode router = network.router("router");
        phone.addInterface("wlan0", MacAddress.of("02:00:00:00:00:0a"), QuicLessonSimulator.WIFI_ADDRESS + "/24");
        router.addInterface("eth0", MacAddress.of("02:00:00:00:01:01")).address("192.168.1.1/24");
        router.addInterface("eth2", MacAddress.of("02:00:00:00:02:01")).address("203.0.113.1/24");
        server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), QuicLessonSimulator.SERVER_IP.getHostAddress() + "/24");
        phone.gateway("192.168.1.1");
        server.gateway("203.0.113.1");
        network.connect(phone.iface("wlan0"), router.iface("eth0"), Cable.Spec.of(100, QuicLessonSimulator.ACCESS_DELAY_MS));
        network.connect(router.iface("eth2"), server.iface("eth0"),
                Cable.Spec.of(100, Math.max(0.01, s.rttMs() / 2 - QuicLessonSimulator.ACCESS_DELAY_MS)));
        LessonServer identity = LessonServer.of(s.seed());
        TcpConfig linux = new TcpConfig(TcpConfig.ETHERNET_MSS, true, 7, true, true, TcpConfig.linuxInitialWindow(TcpConfig.ETHERNET_MSS));
        TcpStack.on(server).listen(443, linux, TcpTuning.DEFAULTS, accepted ->
                TlsSocket.server(accepted, new TlsServer(identity.identity(), new SeededSecureRandom(network.stream("tls server"))), k -> { }));
        TcpStack tcp = TcpStack.on(phone);
        TcpSocket socket = tcp.open(tcp.ephemeralPort(), linux, TcpTuning.DEFAULTS);
        TlsSocket tls = TlsSocket.client(socket, new TlsClient(CertificateChain.HOST, identity.clientCheck(),
                new SeededSecureRandom(network.stream("tls client"))), k -> { });
        long[] sentAt = {-1};
        tls.onEstablished(() -> {
            sentAt[0] = network.now();
            tls.write(("GET / HTTP/1.1\r\nHost: " + CertificateChain.HOST + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        });
        socket.connect(QuicLessonSimulator.SERVER_IP, 443);
        network.simulation().runUntil(SimTime.seconds(10));
        return sentAt[0];
    }
}
