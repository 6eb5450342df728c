package org.wirewise.model.https;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirewise.model.http.Http1Parser;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.http.HttpStatus;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.tls.TlsSocket;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpState;
import org.wirewise.model.transport.TcpTuning;

/**
 * Why HTTPS: the same HTTP/1.1 request for an invoice goes twice through a router that reads and
 * rewrites what it forwards. First in the clear on port 80: the router reads the request, cookie
 * and all, and changes one digit of the bank account in the response; the client shows the altered
 * page and cannot tell. Then inside TLS 1.3 on port 443: the router reads only record headers and
 * server_name, changes the same byte of the response record, and the client's AEAD check fails:
 * it sends bad_record_mac and closes (RFC 8446 §5.2, §6.2).
 */
public final class HttpsWhySimulator {

    public static final String LESSON_ID = "https-why";
    public static final String CLIENT = "client";
    public static final String ROUTER = "router";
    public static final String SERVER = "server";
    /** What the router read in the step's frame. */
    public static final TableKey WIRE_TABLE = TableKey.of("https-wire");
    /** What the server sent and what the client got, per connection. */
    public static final TableKey ENDS_TABLE = TableKey.of("https-ends");
    static final String HOST = org.wirewise.model.tls.cert.CertificateChain.HOST;
    /** The account number the page asks the reader to pay into; the router changes one of its digits. */
    static final String ACCOUNT = "NL91 ABNA 0417 1643 00";
    /** The digit of {@link #ACCOUNT} the router changes: the 4 of 0417. */
    static final int DIGIT = ACCOUNT.indexOf("0417") + 1;
    static final int PLAIN_PORT = 80;
    static final int TLS_PORT = 443;
    private static final InetAddress SERVER_IP = Host.literal("203.0.113.80");
    private static final TcpConfig LINUX = new TcpConfig(TcpConfig.ETHERNET_MSS, true, 7, true, true,
            TcpConfig.linuxInitialWindow(TcpConfig.ETHERNET_MSS));

    private final HttpsWhyScenario s;
    private final Network net;
    private final HostNode client;
    private final HostNode server;
    private final TamperingRouter router;
    private final HttpsWhySteps steps;
    private final byte[] request;
    private final byte[] response;
    /** Where, in the response, the router changes a byte: a digit of the account number. */
    private final int target;
    private final List<SessionSecret> keyLog = new ArrayList<>();
    private final List<TamperingRouter.Change> plainChanges = new ArrayList<>();

    /** The lesson in English: the language of the command line, the exports and the tests. */
    public static Trace simulate(HttpsWhyScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with every word in {@code language}; packets and bytes are the same in every language. */
    public static Trace simulate(HttpsWhyScenario scenario, Locale language) {
        return new HttpsWhySimulator(scenario, language).run();
    }

    private HttpsWhySimulator(HttpsWhyScenario scenario, Locale language) {
        this.s = scenario;
        this.net = new Network(scenario.seed());
        byte[] cookie = new byte[12];
        net.stream("session cookie").nextBytes(cookie);
        this.request = HttpRequest.get(HOST, "/invoice/1042", HttpFields.of("User-Agent", "wirewise/1.0",
                "Cookie", "session=" + HexFormat.of().formatHex(cookie))).encode();
        String page = "<p>Invoice 1042: please pay 120.00 EUR to " + ACCOUNT + "</p>\n";
        this.response = HttpResponse.of(HttpStatus.OK, HttpFields.of("Content-Type", "text/html"),
                org.wirewise.model.http.HttpBody.sized(page)).encode();
        this.target = indexOf(response, ACCOUNT.getBytes(StandardCharsets.US_ASCII)) + DIGIT;
        this.client = net.host("client");
        this.server = net.host("server");
        this.router = net.add(new TamperingRouter(net, "router", this::rule));
        client.addInterface("eth0", MacAddress.of("02:00:00:00:00:0a"), "192.0.2.10/24");
        router.addInterface(TamperingRouter.CLIENT_SIDE, MacAddress.of("02:00:00:00:01:01")).address("192.0.2.1/24");
        router.addInterface("eth1", MacAddress.of("02:00:00:00:02:01")).address("203.0.113.1/24");
        server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), SERVER_IP.getHostAddress() + "/24");
        client.gateway("192.0.2.1");
        server.gateway("203.0.113.1");
        // One way is half the RTT, split over the two cables.
        Cable.Spec half = Cable.Spec.of(100, scenario.rttMs() / 4);
        net.connect(client.iface("eth0"), router.iface(TamperingRouter.CLIENT_SIDE), half);
        net.connect(router.iface("eth1"), server.iface("eth0"), half);
        HttpsWhyNarration say = new HttpsWhyNarration(scenario, language);
        this.steps = new HttpsWhySteps(scenario, say, List.of(new Lane(CLIENT, say.text("lane.client"), "192.0.2.10"),
                new Lane(ROUTER, say.text("lane.router"), say.text("lane.router.subtitle")),
                new Lane(SERVER, say.text("lane.server"), SERVER_IP.getHostAddress())), response, target);
        net.observe(this::record);
    }

    /**
     * The router's rule: in clear HTTP it finds the account number in the response and changes a
     * digit; in TLS it cannot search, so it picks the record as long as that page plus TLS 1.3's 17
     * bytes of overhead (lengths are visible) and changes the byte at the same place.
     */
    private int rule(TcpSegment seg, boolean toClient) {
        if (!s.tamper() || !toClient) {
            return -1;
        }
        byte[] p = seg.payload();
        if (seg.sourcePort() == PLAIN_PORT) {
            int at = indexOf(p, ACCOUNT.getBytes(StandardCharsets.US_ASCII));
            return at < 0 ? -1 : at + DIGIT;
        }
        for (int at = 0; at + 5 <= p.length; at += 5 + (((p[at + 3] & 0xFF) << 8) | (p[at + 4] & 0xFF))) {
            int length = ((p[at + 3] & 0xFF) << 8) | (p[at + 4] & 0xFF);
            if (p[at] == 23 && length == response.length + HttpsWhySteps.TLS13_OVERHEAD) {
                return at + 5 + target;
            }
        }
        return -1;
    }

    private Trace run() {
        TcpStack serverTcp = TcpStack.on(server);
        serverTcp.listen(PLAIN_PORT, LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, accepted -> {
            Http1Parser parser = new Http1Parser(Http1Parser.Reading.REQUESTS);
            accepted.onData(bytes -> parser.feed(bytes).forEach(m -> accepted.write(response)));
            accepted.onPeerClosed(() -> closeOnce(accepted));
        });
        LessonServer identity = LessonServer.of(s.seed());
        serverTcp.listen(TLS_PORT, LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, accepted -> {
            TlsSocket tls = TlsSocket.server(accepted, new TlsServer(identity.identity(), new SeededSecureRandom(net.stream("tls server"))),
                    secret -> { });
            Http1Parser parser = new Http1Parser(Http1Parser.Reading.REQUESTS);
            tls.onData(bytes -> parser.feed(bytes).forEach(m -> tls.write(response)));
            tls.onFailure(alert -> closeOnce(accepted)); // no close_notify after a fatal alert (RFC 8446 §6.2)
            accepted.onPeerClosed(() -> closeOnce(accepted));
        });
        TcpStack tcp = TcpStack.on(client);
        TcpSocket plain = tcp.open(tcp.ephemeralPort(), LINUX, TcpTuning.DEFAULTS);
        Http1Parser plainParser = new Http1Parser(Http1Parser.Reading.RESPONSES);
        plain.onConnected(() -> plain.write(request));
        plain.onData(bytes -> plainParser.feed(bytes).forEach(m -> {
            steps.plainReceived(m.body().text(), net.now());
            plain.close();
        }));
        plain.connect(SERVER_IP, PLAIN_PORT);
        net.simulation().runUntil(SimTime.millis(s.rttMs() * 5 + 50));
        plainChanges.addAll(router.changes());

        TcpSocket secure = tcp.open(tcp.ephemeralPort(), LINUX, TcpTuning.DEFAULTS);
        TlsSocket tls = TlsSocket.client(secure, new TlsClient(HOST, identity.clientCheck(), new SeededSecureRandom(net.stream("tls client"))),
                keyLog::add);
        Http1Parser tlsParser = new Http1Parser(Http1Parser.Reading.RESPONSES);
        tls.onEstablished(() -> tls.write(request));
        tls.onData(bytes -> tlsParser.feed(bytes).forEach(m -> {
            steps.tlsReceived(Optional.of(m.body().text()), null, net.now());
            tls.close();
        }));
        tls.onFailure(alert -> {
            steps.tlsReceived(Optional.empty(), alert, net.now());
            closeOnce(secure);
        });
        secure.connect(SERVER_IP, TLS_PORT);
        net.simulation().runUntil(net.now() + SimTime.millis(s.rttMs() * 8 + 100));
        return steps.build(keyLog, plainChanges, router.changes().subList(plainChanges.size(), router.changes().size()));
    }

    /** Every IPv4 frame on either cable, as it crossed: from one lane to the next. */
    private void record(Transmission t) {
        if (EthernetFrame.decode(t.packet().frame()).etherType() != EtherType.IPV4) {
            return;
        }
        int id = steps.packet(lane(t.from().node()), lane(t.to().node()), t.start(), t.arrival(), t.fate(), t.packet().frame());
        t.packet().setTraceId(id);
    }

    private String lane(org.wirewise.model.net.Node node) {
        return node == client ? CLIENT : node == server ? SERVER : ROUTER;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** close() once, where it means something: the alert and the peer's FIN may come in either order. */
    private static void closeOnce(TcpSocket socket) {
        TcpState state = socket.endpoint().state();
        if (state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT) {
            socket.close();
        }
    }
}
