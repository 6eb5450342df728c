package org.wirewise.model.tls;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.net.SwitchNode;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * The TLS handshake lesson on a network: a client on a switched LAN behind a router, a web
 * server across the WAN. TCP connects, the client's TLS sends ClientHello, the server answers
 * with its whole flight, the client's Finished goes out with the HTTP request right behind it,
 * the server sends a ticket and the response. With TLS 1.2 the client's key exchange and Finished
 * take a second round trip before the request may go. The other version runs on the same network
 * and seed too, so the summary compares spans both runs measured. Every frame is recorded as the client's cable
 * carries it, each arrow drawn from when it left one host to when it reached the other.
 */
public final class TlsHandshakeSimulator {

    public static final String LESSON_ID = "tls-handshake";
    public static final String CLIENT = "client";
    public static final String SERVER = "server";
    /** The records of the step's frame, as the toggle's viewer sees them. */
    public static final TableKey RECORDS_TABLE = TableKey.of("tls-records");
    /** What an on-path observer can read, on the summary step. */
    public static final TableKey OBSERVER_TABLE = TableKey.of("tls-observer");
    static final InetAddress SERVER_IP = Host.literal("203.0.113.80");
    /** Linux's defaults; the certificate lesson's handshake uses them too. */
    static final TcpConfig LINUX = new TcpConfig(TcpConfig.ETHERNET_MSS, true, 7, true, true,
            TcpConfig.linuxInitialWindow(TcpConfig.ETHERNET_MSS));
    private static final double LAN_DELAY_MS = 0.05;
    private static final long SETTLE = SimTime.millis(5);

    private final TlsHandshakeScenario s;
    private final Network net;
    private final HostNode client;
    private final HostNode server;
    private final TlsHandshakeSteps steps;
    private final List<SessionSecret> keyLog = new ArrayList<>();
    private final Departures leaving = new Departures();
    private long responseAt = -1;

    public static Trace simulate(TlsHandshakeScenario scenario) {
        return simulate(scenario, java.util.Locale.ENGLISH);
    }

    /** The lesson with its words in {@code language}; the frames, bytes and key log are the same in every language. */
    public static Trace simulate(TlsHandshakeScenario scenario, java.util.Locale language) {
        TlsHandshakeSimulator other = new TlsHandshakeSimulator(scenario.otherVersion(), language);
        other.runNetwork();
        TlsHandshakeSimulator run = new TlsHandshakeSimulator(scenario, language);
        return run.steps.build(run.runNetwork(), run.responseAt >= 0, other.steps.measurements());
    }

    private TlsHandshakeSimulator(TlsHandshakeScenario scenario, java.util.Locale language) {
        this.s = scenario;
        this.net = new Network(scenario.seed());
        this.client = net.host("client");
        this.server = net.host("server");
        RouterNode router = net.router("router");
        SwitchNode sw = net.switchNode("switch");
        client.addInterface("eth0", MacAddress.of("02:00:00:00:00:0a"), "192.0.2.10/24");
        router.addInterface("eth0", MacAddress.of("02:00:00:00:01:01")).address("192.0.2.1/24");
        router.addInterface("eth1", MacAddress.of("02:00:00:00:02:01")).address("203.0.113.1/24");
        server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), SERVER_IP.getHostAddress() + "/24");
        client.gateway("192.0.2.1");
        server.gateway("203.0.113.1");
        sw.addInterface("p1", MacAddress.of("02:00:00:00:03:01"));
        sw.addInterface("p2", MacAddress.of("02:00:00:00:03:02"));
        Cable.Spec lan = Cable.Spec.of(1000, LAN_DELAY_MS);
        net.connect(client.iface("eth0"), sw.iface("p1"), lan);
        net.connect(sw.iface("p2"), router.iface("eth0"), lan);
        // One way is half the RTT: two LAN hops, then the WAN.
        net.connect(router.iface("eth1"), server.iface("eth0"), Cable.Spec.of(100, Math.max(0.01, scenario.rttMs() / 2 - 2 * LAN_DELAY_MS)));
        TlsHandshakeNarration words = new TlsHandshakeNarration(scenario, language);
        this.steps = new TlsHandshakeSteps(scenario, words, List.of(
                new Lane(CLIENT, words.text("lane.client"), "192.0.2.10"),
                new Lane(SERVER, words.text("lane.server"), SERVER_IP.getHostAddress() + ":443")));
        net.observe(this::record);
    }

    /** Runs the connection on the network; the steps hold its frames and key log afterwards. */
    private org.wirewise.model.tls.cert.CertificateChain runNetwork() {
        LessonServer identity = LessonServer.of(s.seed());
        TcpStack.on(server).listen(443, LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, accepted -> {
            SeededSecureRandom random = new SeededSecureRandom(net.stream("tls server"));
            java.util.function.Consumer<SessionSecret> sink = secret -> steps.secret(secret, net.now());
            TlsSocket socket = s.tls12() ? TlsSocket.server(accepted, new Tls12Server(identity.identity(), random), sink)
                    : TlsSocket.server(accepted, new TlsServer(identity.identity(), random), sink);
            socket.onData(request -> socket.write(response()));
        });
        TcpStack tcp = TcpStack.on(client);
        TcpSocket socket = tcp.open(tcp.ephemeralPort(), LINUX, TcpTuning.DEFAULTS);
        WebPkiCheck check = identity.clientCheck();
        SeededSecureRandom random = new SeededSecureRandom(net.stream("tls client"));
        java.util.function.Consumer<SessionSecret> sink = secret -> {
            keyLog.add(secret);
            steps.secret(secret, net.now());
        };
        Tls12Client tls12 = new Tls12Client(s.serverName(), check, random);
        TlsSocket tlsSocket = s.tls12() ? TlsSocket.client(socket, tls12, sink)
                : TlsSocket.client(socket, new TlsClient(s.serverName(), check, random), sink);
        tlsSocket.onEstablished(() -> tlsSocket.write(request()));
        tlsSocket.onData(page -> responseAt = net.now());
        tlsSocket.onFailure(alert -> steps.failed(alert, check.lastValidation().orElse(null), net.now()));
        socket.connect(SERVER_IP, 443);
        net.simulation().runUntil(SimTime.seconds(10) + SimTime.millis(s.rttMs() * 10));
        keyLog.forEach(steps::keyLog);
        if (s.tls12() && tls12.keys != null) {
            steps.keys(tls12.keys);
        }
        return identity.chain();
    }

    private byte[] request() {
        return ("GET / HTTP/1.1\r\nHost: " + s.serverName() + "\r\nUser-Agent: wirewise/1.0\r\nAccept: */*\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] response() {
        String body = "<!doctype html><title>Shop</title><h1>Welcome to the shop</h1>\n";
        return ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Every IPv4 frame from one host to the other, recorded when it reaches the far host: its arrow
     * starts when the sender put it on its cable, its bytes are the client cable's copy.
     */
    private void record(Transmission t) {
        if (EthernetFrame.decode(t.packet().frame()).etherType() != EtherType.IPV4) {
            return;
        }
        if (t.from().node() == client || t.from().node() == server) {
            leaving.left(t);
        }
        boolean toServer = t.to().node() == server;
        if (!toServer && t.to().node() != client) {
            return;
        }
        Transmission sent = leaving.of(t);
        if (sent == null) {
            return;
        }
        byte[] clientCopy = toServer ? sent.packet().frame() : t.packet().frame();
        int id = steps.packet(toServer, sent.start(), t.arrival(), t.fate(), clientCopy);
        t.packet().setTraceId(id);
    }
}
