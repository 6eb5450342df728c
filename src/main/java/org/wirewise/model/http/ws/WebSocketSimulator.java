package org.wirewise.model.http.ws;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpTuning;

/**
 * The WebSocket lesson: a browser opens TCP to a price feed, upgrades the connection (RFC 6455
 * §4), subscribes, and then the server pushes updates without being asked, sends a long message
 * in fragments, pings; the client uploads a binary frame and closes with 1000. Every frame is
 * read back from the captured bytes, so what a step shows is what crossed the cable.
 */
public final class WebSocketSimulator {

    public static final String LESSON_ID = "websocket";
    /** The step's frame, field by field, or the handshake's key computation. */
    public static final TableKey FRAME_TABLE = TableKey.of("websocket-frame");
    /** Every message so far, both ways. */
    public static final TableKey MESSAGES_TABLE = TableKey.of("websocket-messages");
    static final double RTT_MS = 40;
    static final int PORT = 80;
    private static final TcpConfig LINUX = new TcpConfig(TcpConfig.ETHERNET_MSS, true, 7, true, true,
            TcpConfig.linuxInitialWindow(TcpConfig.ETHERNET_MSS));

    record Frame(boolean toServer, long sentAt, long arrivesAt, Link.Fate fate, byte[] bytes) {
    }

    private final WebSocketScenario s;
    private final WebSocketNarration n;
    private final ClientServer net;
    private final List<Frame> frames = new ArrayList<>();
    private WsConnection client;
    private WsConnection server;

    public static Trace simulate(WebSocketScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets are the same in every language. */
    public static Trace simulate(WebSocketScenario scenario, Locale language) {
        if (scenario.fragments() < 1 || scenario.fragments() > WebSocketScenario.MAX_FRAGMENTS) {
            throw new IllegalArgumentException("fragments must be 1 to " + WebSocketScenario.MAX_FRAGMENTS + ", got " + scenario.fragments());
        }
        return new WebSocketSimulator(scenario, language).run();
    }

    private WebSocketSimulator(WebSocketScenario scenario, Locale language) {
        this.s = scenario;
        this.n = new WebSocketNarration(language);
        this.net = new ClientServer(scenario.seed(), RTT_MS, 100, 100);
        net.network.observe(this::record);
    }

    private Trace run() {
        Simulation sim = net.network.simulation();
        RandomGenerator keys = net.network.stream("websocket client");
        net.serverTcp.listen(PORT, LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS,
                accepted -> server = WsConnection.server(accepted, net.network.stream("websocket server"), new WsConnection.Listener() { }));
        client = WsConnection.client(net.clientTcp.open(net.clientTcp.ephemeralPort(), LINUX, TcpTuning.DEFAULTS),
                WebSocketNarration.HOST, WebSocketNarration.PATH, keys, new WsConnection.Listener() { });
        client.socket().connect(net.serverIdentity().address(), PORT);
        sim.at(SimTime.millis(200), () -> client.sendText(WebSocketNarration.SUBSCRIBE));
        sim.at(SimTime.millis(500), () -> server.sendText(WebSocketNarration.PRICES.get(0)));
        sim.at(SimTime.millis(800), () -> server.sendFragmented(WebSocketNarration.NEWS, s.fragments()));
        sim.at(SimTime.millis(1100), () -> server.send(WsFrame.ping(WebSocketNarration.PING_DATA)));
        sim.at(SimTime.millis(1400), () -> client.send(WsFrame.binary(n.upload())));
        sim.at(SimTime.millis(1700), () -> server.sendText(WebSocketNarration.PRICES.get(1)));
        sim.at(SimTime.millis(2000), () -> client.close(WsCloseCode.NORMAL, WebSocketNarration.BYE));
        sim.runUntil(SimTime.seconds(4));
        return build();
    }

    private void record(Transmission t) {
        if (EthernetFrame.decode(t.packet().frame()).etherType() == EtherType.IPV4) {
            frames.add(new Frame(t.to().node() == net.server, t.start(), t.arrival(), t.fate(), t.packet().frame()));
        }
    }

    private Trace build() {
        String clientIp = net.clientIdentity().address().getHostAddress();
        String serverIp = net.serverIdentity().address().getHostAddress();
        TraceBuilder trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(ClientServer.CLIENT, n.clientLane(), clientIp),
                new Lane(ClientServer.SERVER, n.serverLane(), serverIp + ":" + PORT)));
        WsWireReader up = new WsWireReader(WsFrameParser.Sender.CLIENT);
        WsWireReader down = new WsWireReader(WsFrameParser.Sender.SERVER);
        List<Table.Row> messages = new ArrayList<>();
        trace.step(0, n.introTitle(), n.intro(clientIp, serverIp, PORT), n.introReferences(), -1,
                snapshot(List.of(), messages));
        boolean synShown = false;
        boolean finShown = false;
        int handshakeBytes = 0;
        int frameCount = 0;
        int headerBytes = 0;
        int payloadBytes = 0;
        for (Frame f : frames) {
            byte[] ip = EthernetFrame.decode(f.bytes()).payload();
            byte[] tcp = Ipv4Packet.decode(ip, 0, ip.length).payload();
            TcpSegment seg = TcpSegment.decode(tcp, 0, tcp.length);
            WsWireReader.Seen seen = (f.toServer() ? up : down).feed(seg.payload());
            String from = f.toServer() ? ClientServer.CLIENT : ClientServer.SERVER;
            String to = f.toServer() ? ClientServer.SERVER : ClientServer.CLIENT;
            int id = trace.packet(from, to, f.sentAt(), f.arrivesAt(), f.fate(), n.label(seg, seen), f.bytes());
            boolean syn = !synShown && seg.has(TcpFlags.SYN);
            boolean fin = !finShown && seg.has(TcpFlags.FIN);
            synShown |= syn;
            finShown |= fin;
            handshakeBytes += seen.handshake().map(String::length).orElse(0);
            for (WsFrame w : seen.frames()) {
                frameCount++;
                headerBytes += w.headerLength();
                payloadBytes += w.payloadLength();
            }
            if (!seen.isEmpty()) {
                messages.addAll(n.messageRows(f.toServer(), seen));
                trace.step(f.sentAt(), n.title(f.toServer(), seen), n.narration(f.toServer(), seen, s.fragments()),
                        n.references(seen), id, snapshot(n.frameRows(seen), messages));
            } else if (syn || fin) {
                trace.step(f.sentAt(), n.tcpTitle(syn), n.tcpNarration(syn, f.toServer()), n.tcpReferences(syn), id,
                        snapshot(List.of(), messages));
            }
        }
        long end = frames.isEmpty() ? 0 : frames.get(frames.size() - 1).arrivesAt();
        trace.step(end, n.summaryTitle(), n.summary(frames.size(), frameCount, headerBytes, payloadBytes, handshakeBytes), n.summaryReferences(), -1, snapshot(List.of(), messages));
        return trace.build();
    }

    private Snapshot snapshot(List<Table.Row> frameRows, List<Table.Row> messages) {
        List<Table> tables = new ArrayList<>();
        if (!frameRows.isEmpty()) {
            tables.add(new Table(FRAME_TABLE, n.frameTitle(), n.frameColumns(), frameRows));
        }
        tables.add(new Table(MESSAGES_TABLE, n.messagesTitle(messages.isEmpty()), n.messageColumns(), List.copyOf(messages)));
        return new Snapshot(List.of(), List.of(), tables, List.of());
    }
}
