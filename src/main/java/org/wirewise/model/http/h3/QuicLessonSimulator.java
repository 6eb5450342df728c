package org.wirewise.model.http.h3;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewise.model.http.HttpBody;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.http.HttpStatus;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.quic.Frame;
import org.wirewise.model.quic.QuicConnection;
import org.wirewise.model.quic.QuicListener;
import org.wirewise.model.quic.QuicSocket;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.SessionTickets;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.sim.Link;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;

/**
 * The HTTP/3 over QUIC lesson on a network: a phone with Wi-Fi and cellular interfaces, a router,
 * a web server. The phone's QUIC connection carries TLS 1.3 in CRYPTO frames, sends its requests
 * one RTT after its first Initial, gets the page and its assets on separate streams (one answer
 * packet may be lost: only its stream waits), then moves to cellular and fetches once more on the
 * same connection after PATH_CHALLENGE/PATH_RESPONSE; closes it, and a second connection resumes with the ticket and sends
 * the page's request in 0-RTT. Frames are recorded when they reach the far
 * host, from when their sender sent them; the phone's key log goes on the trace.
 */
public final class QuicLessonSimulator {

    public static final String LESSON_ID = "http3-quic";
    public static final String CLIENT = "phone";
    public static final String SERVER = "server";
    /** The packets of the step's datagram. */
    public static final TableKey PACKETS_TABLE = TableKey.of("quic-packets");
    /** Each request's stream, and when it was sent and completed. */
    public static final TableKey REQUESTS_TABLE = TableKey.of("quic-requests");
    static final InetAddress SERVER_IP = Host.literal("203.0.113.80");
    static final String WIFI_ADDRESS = "192.168.1.20";
    static final String CELLULAR_ADDRESS = "100.64.0.20";
    static final double ACCESS_DELAY_MS = 0.5;
    static final int PAGE_BYTES = 14_000;
    static final int ASSET_BYTES = 5_000;
    /** How long after closing the first connection the phone opens the second. */
    static final long RESUME_AFTER_MS = 1_000;

    private final QuicLessonScenario s;
    private final Network network;
    private final HostNode phone;
    private final HostNode server;
    private final QuicLessonSteps steps;
    private final Map<Packet, Transmission> leaving = new HashMap<>();
    private final Map<Packet, QuicConnection.Datagram> datagrams = new HashMap<>();
    private QuicConnection.Datagram sending;
    private boolean lost;
    private long movedAt = -1;
    private final List<SessionSecret> keyLog = new ArrayList<>();
    private QuicLessonSteps.Resumed resumed;

    public static Trace simulate(QuicLessonScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(QuicLessonScenario scenario, Locale language) {
        return new QuicLessonSimulator(scenario, language).run();
    }

    private QuicLessonSimulator(QuicLessonScenario scenario, Locale language) {
        this.s = scenario;
        this.network = new Network(scenario.seed());
        this.phone = network.host(CLIENT);
        this.server = network.host(SERVER);
        RouterNode router = network.router("router");
        phone.addInterface("wlan0", MacAddress.of("02:00:00:00:00:0a"), WIFI_ADDRESS + "/24");
        phone.addInterface("rmnet0", MacAddress.of("02:00:00:00:00:0b"), CELLULAR_ADDRESS + "/24");
        router.addInterface("eth0", MacAddress.of("02:00:00:00:01:01")).address("192.168.1.1/24");
        router.addInterface("eth1", MacAddress.of("02:00:00:00:01:02")).address("100.64.0.1/24");
        router.addInterface("eth2", MacAddress.of("02:00:00:00:02:01")).address("203.0.113.1/24");
        server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), SERVER_IP.getHostAddress() + "/24");
        phone.route("203.0.113.0/24", "192.168.1.1");
        server.gateway("203.0.113.1");
        Cable.Spec access = Cable.Spec.of(100, ACCESS_DELAY_MS);
        network.connect(phone.iface("wlan0"), router.iface("eth0"), access);
        network.connect(phone.iface("rmnet0"), router.iface("eth1"), access);
        network.connect(router.iface("eth2"), server.iface("eth0"), Cable.Spec.of(100, Math.max(0.01, scenario.rttMs() / 2 - ACCESS_DELAY_MS)));
        this.steps = new QuicLessonSteps(scenario, language);
        network.observe(this::record);
        network.onSend((node, packet) -> {
            if ((node == server || node == phone) && sending != null) {
                datagrams.put(packet, sending); // the network sees the packet before the socket's onSent does
            }
            if (node == server && s.loseAnswerPacket() && !lost && sending != null && carriesAnswer(sending)) {
                lost = true;
                packet.loseInTransit();
            }
        });
    }

    private Trace run() {
        LessonServer identity = LessonServer.of(s.seed());
        // one session cache for the server's connections; each ticket is good once (RFC 8446 §8.1)
        SessionTickets tickets = new SessionTickets(SessionTickets.EarlyDataPolicy.SINGLE_USE_TICKETS,
                () -> network.now() / 1_000_000, SessionTickets.INTERNET_WINDOW_MILLIS);
        int[] accepted = {0};
        QuicListener.on(network.simulation(), server, 443, () -> new TlsServer(identity.identity(),
                new SeededSecureRandom(network.stream(accepted[0]++ == 0 ? "tls server" : "tls server 2")), tickets), "h3", socket -> {
                    socket.onSending(d -> sending = d);
                    Http3Server.on(socket, this::answer);
                });
        TlsClient tls = new TlsClient(CertificateChain.HOST, identity.clientCheck(), new SeededSecureRandom(network.stream("tls client")));
        QuicSocket socket = QuicSocket.client(network.simulation(), phone, 50_000 + network.stream("port").nextInt(10_000),
                SERVER_IP, 443, tls, "h3");
        socket.onSecret(keyLog::add).onSending(d -> sending = d);
        Http3Client client = new Http3Client(socket, CertificateChain.HOST);
        List<HttpRequest> page = new ArrayList<>(List.of(HttpRequest.get(CertificateChain.HOST, "/", HttpFields.EMPTY)));
        for (int i = 1; i <= s.assets(); i++) {
            page.add(HttpRequest.get(CertificateChain.HOST, "/asset" + i + ".css", HttpFields.EMPTY));
        }
        List<RequestTiming> timings = new ArrayList<>();
        client.fetch(page, done -> {
            timings.addAll(done);
            if (s.migrate()) {
                network.simulation().schedule(SimTime.millis(s.rttMs()), () -> moveToCellular(socket, client, timings));
            } else {
                closeThenResume(socket, client);
            }
        });
        socket.connect();
        network.simulation().runUntil(SimTime.seconds(20));
        steps.tcpTlsComparison(TcpTlsBaseline.requestSentAt(s));
        return steps.build(keyLog, socket.connection(), timings, movedAt, resumed);
    }

    /** Wi-Fi goes away: the phone routes out of rmnet0 (a more specific route wins), from a new port, and fetches again. */
    private void moveToCellular(QuicSocket socket, Http3Client client, List<RequestTiming> timings) {
        movedAt = network.now();
        phone.route(SERVER_IP.getHostAddress() + "/32", "100.64.0.1");
        socket.migrate(50_000 + network.stream("port").nextInt(10_000));
        client.fetch(List.of(HttpRequest.get(CertificateChain.HOST, "/after-the-move.css", HttpFields.EMPTY)), done -> {
            timings.addAll(done);
            closeThenResume(socket, client);
        });
    }

    /** The phone closes the connection; a little later a new one resumes with its ticket and asks for the page again in 0-RTT. */
    private void closeThenResume(QuicSocket first, Http3Client client) {
        if (!s.resume()) {
            return;
        }
        QuicConnection.Resumption ticket = first.connection().resumption().orElse(null);
        client.close();
        if (ticket == null) {
            return; // no NewSessionTicket arrived: nothing to resume with
        }
        network.simulation().schedule(SimTime.millis(RESUME_AFTER_MS), () -> {
            TlsClient tls = new TlsClient(CertificateChain.HOST, LessonServer.of(s.seed()).clientCheck(),
                    new SeededSecureRandom(network.stream("tls client 2")));
            QuicSocket socket = QuicSocket.client(network.simulation(), phone, 50_000 + network.stream("port").nextInt(10_000),
                    SERVER_IP, 443, tls, "h3", "quic-client-2");
            socket.onSecret(keyLog::add).onSending(d -> sending = d);
            socket.connection().resume(ticket, network.now());
            Http3Client again = new Http3Client(socket, CertificateChain.HOST);
            long startedAt = network.now();
            again.fetch(List.of(HttpRequest.get(CertificateChain.HOST, "/", HttpFields.EMPTY)),
                    done -> resumed = new QuicLessonSteps.Resumed(startedAt, done.get(0), again.responses().get(0).body().bytes().length,
                            socket.connection().earlyDataAccepted()));
            socket.connect();
        });
    }

    private HttpResponse answer(HttpRequest r) {
        boolean html = r.target().equals("/");
        return HttpResponse.of(HttpStatus.OK, HttpFields.of("content-type", html ? "text/html; charset=utf-8" : "text/css"),
                HttpBody.sized(new byte[html ? PAGE_BYTES : ASSET_BYTES]));
    }

    private static boolean carriesAnswer(QuicConnection.Datagram d) {
        return d.packets().stream().flatMap(p -> p.frames().stream())
                .anyMatch(f -> f instanceof Frame.Stream st && (st.streamId() & 2) == 0 && st.offset() > 0);
    }

    /** A frame reaching the phone or the server, drawn from when its sender put it on its first cable. */
    private void record(Transmission t) {
        if (t.from().node() == phone || t.from().node() == server) {
            leaving.put(t.packet(), t);
        }
        boolean arrived = t.to().node() == server || t.to().node() == phone;
        if (!arrived && t.fate() == Link.Fate.DELIVERED) {
            return;
        }
        Packet origin = t.packet();
        while (origin.cause() != null) {
            origin = origin.cause();
        }
        Transmission sent = leaving.remove(origin);
        boolean toServer = sent != null && sent.from().node() == phone;
        QuicConnection.Datagram d = datagrams.get(origin);
        if (sent == null || d == null) {
            return;
        }
        byte[] phoneCopy = toServer ? sent.packet().frame() : t.packet().frame();
        steps.datagram(toServer, sent.start(), t.arrival(), t.fate(), phoneCopy, d);
    }
}
