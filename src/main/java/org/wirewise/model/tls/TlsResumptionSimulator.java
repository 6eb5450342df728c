package org.wirewise.model.tls;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.SwitchNode;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * The resumption lesson on a network: a client and an attacker on one switch, a web server
 * across the WAN. Connection 1 is a full handshake that leaves the client a ticket; a second
 * later connection 2 resumes with it and sends its GET as 0-RTT data; a second after that the
 * attacker, which copied connection 2's first flight off the wire, sends it again on its own
 * connection. The server's 0-RTT policy decides what each GET gets.
 */
public final class TlsResumptionSimulator {

    public static final String LESSON_ID = "tls-resumption";
    public static final String CLIENT = "client";
    public static final String ATTACKER = "attacker";
    public static final String SERVER = "server";
    static final String CLIENT_IP = "192.0.2.10";
    static final String ATTACKER_IP = "192.0.2.66";
    static final String SERVER_IP = "192.0.2.80";
    static final long SECOND_CONNECTION = SimTime.seconds(1);
    private static final double LAN_DELAY_MS = 0.05;

    /** A GET the server handed to its application: when, on which of its connections (in accept order). */
    record Served(long at, int connection) {
    }

    private final TlsResumptionScenario s;
    private final Network net;
    private final HostNode client;
    private final HostNode attacker;
    private final HostNode server;
    private final TlsResumptionSteps steps;
    private final SessionTickets tickets;
    private final Departures leaving = new Departures();
    private final ByteArrayOutputStream firstFlight = new ByteArrayOutputStream();
    private final List<Served> served = new ArrayList<>();
    private int resumingPort = -1;
    private final long replayAt;
    private final java.util.Map<Integer, SessionTickets.Freshness> freshness = new java.util.TreeMap<>();
    private boolean serverAnswered;
    private int accepted;

    public static Trace simulate(TlsResumptionScenario scenario) {
        return simulate(scenario, java.util.Locale.ENGLISH);
    }

    /** The lesson with its words in {@code language}; the frames, bytes and key log are the same in every language. */
    public static Trace simulate(TlsResumptionScenario scenario, java.util.Locale language) {
        return new TlsResumptionSimulator(scenario, language).run();
    }

    private TlsResumptionSimulator(TlsResumptionScenario scenario, java.util.Locale language) {
        this.s = scenario;
        this.net = new Network(scenario.seed());
        this.client = net.host(CLIENT);
        this.attacker = net.host(ATTACKER);
        this.server = net.host(SERVER);
        SwitchNode sw = net.switchNode("switch");
        client.addInterface("eth0", MacAddress.of("02:00:00:00:00:0a"), CLIENT_IP + "/24");
        attacker.addInterface("eth0", MacAddress.of("02:00:00:00:00:66"), ATTACKER_IP + "/24");
        server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), SERVER_IP + "/24");
        for (int i = 1; i <= 3; i++) {
            sw.addInterface("p" + i, MacAddress.of("02:00:00:00:03:0" + i));
        }
        Cable.Spec lan = Cable.Spec.of(1000, LAN_DELAY_MS);
        net.connect(client.iface("eth0"), sw.iface("p1"), lan);
        net.connect(attacker.iface("eth0"), sw.iface("p2"), lan);
        // One way is half the RTT: the LAN hop, then the WAN.
        net.connect(sw.iface("p3"), server.iface("eth0"), Cable.Spec.of(100, Math.max(0.01, scenario.rttMs() / 2 - LAN_DELAY_MS)));
        // The server's clock is the simulation's: ticket ages are checked against it (RFC 8446 §8.3).
        this.tickets = new SessionTickets(scenario.earlyDataPolicy(), () -> net.now() / SimTime.millis(1),
                SessionTickets.INTERNET_WINDOW_MILLIS);
        this.replayAt = SECOND_CONNECTION + SimTime.millis(scenario.replayAfterS() * 1000);
        TlsResumptionNarration words = new TlsResumptionNarration(scenario, language);
        this.steps = new TlsResumptionSteps(words, List.of(new Lane(CLIENT, words.text("lane.client"), CLIENT_IP),
                new Lane(ATTACKER, words.text("lane.attacker"), ATTACKER_IP), new Lane(SERVER, words.text("lane.server"), SERVER_IP + ":443")));
        net.observe(this::record);
    }

    private Trace run() {
        LessonServer identity = LessonServer.of(s.seed());
        TcpStack.on(server).listen(443, TlsHandshakeSimulator.LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, socket -> {
            int connection = accepted++;
            TlsServer tls = new TlsServer(identity.identity(), new SeededSecureRandom(net.stream("tls server " + connection)), tickets);
            TlsSocket tlsSocket = TlsSocket.server(socket, tls, secret -> steps.serverSecret(connection, secret));
            tlsSocket.onEvent(e -> tls.freshness().ifPresent(f -> freshness.putIfAbsent(connection, f)));
            tlsSocket.onData(request -> {
                served.add(new Served(net.now(), connection));
                tlsSocket.write(response());
            });
        });
        TcpStack tcp = TcpStack.on(client);
        long[] ticketAt = {-1};
        TlsClient first = new TlsClient(identity.chain().host(), identity.clientCheck(), new SeededSecureRandom(net.stream("tls client 1")));
        TlsSocket one = connect(tcp, first, 0);
        one.onEstablished(() -> one.write(request()));
        one.onEvent(e -> {
            if (e.kind() == TlsEvent.Kind.RECEIVED && e.name().equals(HandshakeType.NEW_SESSION_TICKET.rfcName())) {
                ticketAt[0] = net.now();
            }
        });
        one.onData(page -> one.close());
        net.simulation().at(SECOND_CONNECTION, () -> first.resumptionTicket().ifPresent(ticket -> {
            TlsClient second = new TlsClient(identity.chain().host(), identity.clientCheck(),
                    new SeededSecureRandom(net.stream("tls client 2")));
            second.resume(ticket, (long) SimTime.toMillis(net.now() - ticketAt[0]), request());
            TlsSocket two = connect(tcp, second, 1);
            two.onEstablished(() -> {
                if (second.earlyData() == TlsClient.EarlyData.NONE) {
                    two.write(request()); // no 0-RTT: the GET waits for the handshake
                }
            });
            two.onData(page -> two.close());
        }));
        if (s.replay()) {
            net.simulation().at(replayAt, this::replay);
        }
        net.simulation().runUntil(Math.max(replayAt, SECOND_CONNECTION) + SimTime.seconds(1) + SimTime.millis(s.rttMs() * 10));
        return steps.build(identity.chain(), served, s.replay() ? firstFlight.size() : 0, freshness);
    }

    private TlsSocket connect(TcpStack tcp, TlsClient tls, int connection) {
        int port = tcp.ephemeralPort();
        if (connection == 1) {
            resumingPort = port;
        }
        TcpSocket socket = tcp.open(port, TlsHandshakeSimulator.LINUX, TcpTuning.DEFAULTS);
        TlsSocket tlsSocket = TlsSocket.client(socket, tls, secret -> steps.clientSecret(connection, secret, net.now()));
        socket.connect(Host.literal(SERVER_IP), 443);
        return tlsSocket;
    }

    /** The attacker's own TCP connection, carrying the bytes it copied: ClientHello and early data. */
    private void replay() {
        TcpStack tcp = TcpStack.on(attacker);
        TcpSocket socket = tcp.open(tcp.ephemeralPort(), TlsHandshakeSimulator.LINUX, TcpTuning.DEFAULTS);
        byte[] copied = firstFlight.toByteArray();
        socket.onConnected(() -> socket.write(copied));
        socket.connect(Host.literal(SERVER_IP), 443);
    }

    private byte[] request() {
        return ("GET /account/orders HTTP/1.1\r\nHost: " + LessonServer.of(s.seed()).chain().host() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] response() {
        String body = "{\"orders\":[]}\n";
        return ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Each IPv4 frame between two hosts, recorded when it reaches the far host; copies connection 2's first flight. */
    private void record(Transmission t) {
        if (EthernetFrame.decode(t.packet().frame()).etherType() != EtherType.IPV4) {
            return;
        }
        boolean fromHost = t.from().node() == client || t.from().node() == attacker || t.from().node() == server;
        if (fromHost) {
            leaving.left(t);
            copyFirstFlight(t);
        }
        String to = t.to().node() == server ? SERVER : t.to().node() == client ? CLIENT : t.to().node() == attacker ? ATTACKER : null;
        if (to == null || !destination(t).equals(to.equals(SERVER) ? SERVER_IP : to.equals(CLIENT) ? CLIENT_IP : ATTACKER_IP)) {
            return; // a copy the switch flooded before it learnt where the address is
        }
        Transmission sent = leaving.of(t);
        if (sent == null) {
            return;
        }
        String from = sent.from().node() == client ? CLIENT : sent.from().node() == attacker ? ATTACKER : SERVER;
        t.packet().setTraceId(steps.packet(from, to, sent.start(), t.arrival(), t.fate(), sent.packet().frame()));
    }

    private static String destination(Transmission t) {
        byte[] ip = EthernetFrame.decode(t.packet().frame()).payload();
        return Ipv4Packet.decode(ip, 0, ip.length).destination().getHostAddress();
    }

    /** What the attacker copies: the client's TLS bytes on connection 2 until the server first answers with data. */
    private void copyFirstFlight(Transmission t) {
        if (resumingPort < 0 || serverAnswered) {
            return;
        }
        byte[] ip = EthernetFrame.decode(t.packet().frame()).payload();
        byte[] tcp = Ipv4Packet.decode(ip, 0, ip.length).payload();
        TcpSegment seg = TcpSegment.decode(tcp, 0, tcp.length);
        if (t.from().node() == client && seg.sourcePort() == resumingPort) {
            firstFlight.writeBytes(seg.payload());
        } else if (t.from().node() == server && seg.destinationPort() == resumingPort && seg.payloadLength() > 0) {
            serverAnswered = true;
        }
    }
}
