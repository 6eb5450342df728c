package org.wirewise.model.tls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.cert.Validation;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpTuning;

/**
 * The mutual TLS lesson: two services on one network. The calling service (the client) opens TCP
 * and TLS 1.3 to the shop's API; the server's flight carries a CertificateRequest, the client
 * answers with its Certificate, CertificateVerify and Finished (or an empty Certificate), the
 * server checks the client's chain with the same RFC 5280 validator the client used on the
 * server's, and then either serves the request, knowing who called, or sends its alert.
 */
public final class MtlsSimulator {

    public static final String LESSON_ID = "mtls";
    /** The records of the step's frame, opened with the key log. */
    public static final TableKey RECORDS_TABLE = TableKey.of("mtls-records");
    /** The checks each side made of the other's chain. */
    public static final TableKey CHECKS_TABLE = TableKey.of("mtls-checks");
    /** Services in two zones of one region: 20 ms there and back keeps the diagram's arrows apart. */
    static final double RTT_MS = 20;

    /** One frame as it crossed the cable. */
    record Frame(boolean toServer, long sentAt, long arrivesAt, Link.Fate fate, byte[] bytes) {
    }

    private final MtlsScenario s;
    private final MtlsNarration n;
    private final List<Frame> frames = new ArrayList<>();
    private final List<SessionSecret> keyLog = new ArrayList<>();
    private final ClientServer net;
    private Validation serverVerdict;
    private Validation clientVerdict;
    private AlertDescription alert;
    private TlsServer server;

    public static Trace simulate(MtlsScenario scenario) {
        return simulate(scenario, java.util.Locale.ENGLISH);
    }

    /** The lesson with its words in {@code language}; the frames, bytes and key log are the same in every language. */
    public static Trace simulate(MtlsScenario scenario, java.util.Locale language) {
        return new MtlsSimulator(scenario, language).run();
    }

    private MtlsSimulator(MtlsScenario scenario, java.util.Locale language) {
        this.s = scenario;
        this.net = new ClientServer(scenario.seed(), RTT_MS, 1000, 100);
        this.n = new MtlsNarration(scenario, net.clientIdentity().address().getHostAddress(),
                net.serverIdentity().address().getHostAddress(), language);
        net.network.observe(this::record);
    }

    private Trace run() {
        LessonServer identity = LessonServer.of(s.seed());
        WebPkiCheck serverCheck = identity.clientCheck();
        net.serverTcp.listen(443, TlsHandshakeSimulator.LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, accepted -> {
            server = new TlsServer(identity.identity(), new SeededSecureRandom(net.network.stream("tls server")))
                    .requestClientCertificate(serverCheck, ClientCredential.NAME);
            TlsSocket socket = TlsSocket.server(accepted, server, secret -> { });
            socket.onData(request -> socket.write(n.response()));
        });
        TcpSocket socket = net.clientTcp.open(net.clientTcp.ephemeralPort(), TlsHandshakeSimulator.LINUX, TcpTuning.DEFAULTS);
        WebPkiCheck clientCheck = identity.clientCheck();
        TlsClient tls = new TlsClient(identity.chain().host(), clientCheck, new SeededSecureRandom(net.network.stream("tls client")));
        if (s.clientCertificate() != MtlsScenario.ClientCertificate.NONE) {
            tls.withCertificate(credential().identity());
        }
        TlsSocket tlsSocket = TlsSocket.client(socket, tls, keyLog::add);
        tlsSocket.onEstablished(() -> tlsSocket.write(n.request(identity.chain().host())));
        tlsSocket.onFailure(a -> alert = a);
        socket.connect(net.serverIdentity().address(), 443);
        net.network.simulation().runUntil(SimTime.seconds(5));
        serverVerdict = serverCheck.lastValidation().orElse(null);
        clientVerdict = clientCheck.lastValidation().orElse(null);
        return build();
    }

    private ClientCredential credential() {
        return ClientCredential.of(s.seed(), s.clientCertificate() == MtlsScenario.ClientCertificate.TRUSTED);
    }

    private void record(Transmission t) {
        if (EthernetFrame.decode(t.packet().frame()).etherType() == EtherType.IPV4) {
            frames.add(new Frame(t.to().node() == net.server, t.start(), t.arrival(), t.fate(), t.packet().frame()));
        }
    }

    private Trace build() {
        TraceBuilder trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(ClientServer.CLIENT, n.clientLane(), net.clientIdentity().address().getHostAddress()),
                new Lane(ClientServer.SERVER, n.serverLane(), net.serverIdentity().address().getHostAddress() + ":443")));
        keyLog.forEach(trace::secret);
        WireRecords up = WireRecords.fromClient(keyLog);
        WireRecords down = WireRecords.fromServer(keyLog);
        trace.step(0, n.introTitle(), n.intro(credential().leaf()), n.introReferences(), -1, snapshot(null, false));
        boolean synShown = false;
        boolean checked = false;
        for (Frame f : frames) {
            byte[] ip = EthernetFrame.decode(f.bytes()).payload();
            byte[] tcp = Ipv4Packet.decode(ip, 0, ip.length).payload();
            TcpSegment seg = TcpSegment.decode(tcp, 0, tcp.length);
            List<WireRecords.Seen> records = (f.toServer() ? up : down).add(seg.payload());
            String from = f.toServer() ? ClientServer.CLIENT : ClientServer.SERVER;
            String to = f.toServer() ? ClientServer.SERVER : ClientServer.CLIENT;
            int id = trace.packet(from, to, f.sentAt(), f.arrivesAt(), f.fate(), n.label(seg, records), f.bytes());
            boolean syn = !synShown && seg.has(org.wirewise.model.packet.TcpFlags.SYN);
            if (syn || !records.isEmpty()) {
                synShown |= syn;
                boolean clientFlight = f.toServer() && records.stream().anyMatch(r -> r.messages().contains(HandshakeType.CERTIFICATE));
                checked |= clientFlight;
                trace.step(f.sentAt(), n.title(f.toServer(), records, seg), n.narration(f.toServer(), records, seg,
                        clientFlight ? serverVerdict : null, clientVerdict), n.references(records), id, snapshot(records, checked));
            }
        }
        long end = frames.isEmpty() ? 0 : frames.get(frames.size() - 1).arrivesAt();
        List<byte[]> chain = server == null ? List.of() : server.clientChain();
        trace.step(end, n.summaryTitle(alert), n.summary(alert, chain.isEmpty() ? null : org.wirewise.model.tls.cert.Certificate.parse(chain.get(0))),
                n.summaryReferences(), -1, snapshot(null, true));
        return trace.build();
    }

    private Snapshot snapshot(List<WireRecords.Seen> records, boolean checked) {
        List<Table> tables = new ArrayList<>();
        if (records != null && !records.isEmpty()) {
            tables.add(new Table(RECORDS_TABLE, n.recordsTitle(), n.recordColumns(),
                    records.stream().map(r -> new Table.Row(n.recordRow(r), r.encrypted())).toList()));
        }
        tables.add(new Table(CHECKS_TABLE, n.checksTitle(), n.checkColumns(), n.checkRows(clientVerdict, checked ? serverVerdict : null,
                checked && s.clientCertificate() == MtlsScenario.ClientCertificate.NONE)));
        return new Snapshot(List.of(), List.of(), tables, List.of());
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
