package org.wirewise.model.tcp;

import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.SequenceNumbers;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpEndpoint;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpState;
import org.wirewise.model.transport.TcpTimers;
import org.wirewise.model.transport.TcpTuning;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * Runs a client and a server {@link TcpEndpoint} over a pair of links and narrates the three-way
 * handshake (RFC 9293 §3.5) up to the first data byte and its acknowledgment.
 */
public final class HandshakeSimulator {

    public static final String LESSON_ID = "tcp-handshake";
    public static final String CLIENT = "client";
    public static final String SERVER = "server";
    public static final int SERVER_PORT = 80;

    static final String REQUEST = "GET / HTTP/1.1\r\nHost: www.example.com\r\nUser-Agent: wirewise\r\n"
            + "Accept: */*\r\n\r\n";

    private final HandshakeScenario scenario;
    private final Simulation sim;
    private final Host clientHost;
    private final Host serverHost;
    private final int clientPort;
    private final TraceBuilder trace;
    private final Side client;
    private final Side server;
    private final List<Measurement> measurements = new ArrayList<>();
    private final HandshakeNarration n;
    private boolean requestSent;

    public static Trace simulate(HandshakeScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(HandshakeScenario scenario, Locale language) {
        return new HandshakeSimulator(scenario, language).run();
    }

    private HandshakeSimulator(HandshakeScenario scenario, Locale language) {
        this.scenario = scenario;
        this.n = new HandshakeNarration(language);
        ClientServer net = new ClientServer(scenario.seed(), scenario.rttMs(), scenario.bandwidthMbps(), 64);
        this.sim = net.network.simulation();
        this.clientPort = net.clientTcp.ephemeralPort();
        this.clientHost = net.clientIdentity();
        this.serverHost = net.serverIdentity();
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(CLIENT, n.text("lane.client"), "192.0.2.10:" + clientPort),
                new Lane(SERVER, n.text("lane.server"), "198.51.100.80:" + SERVER_PORT)));

        TcpConfig config = new TcpConfig(scenario.mss(), scenario.windowScaling(), scenario.windowShift(),
                scenario.sack(), scenario.timestamps(), TcpConfig.linuxInitialWindow(scenario.mss()));
        this.client = new Side(clientHost, serverHost);
        this.server = new Side(serverHost, clientHost);
        // The lesson ends at the first data byte, before any timer could matter: none are run.
        TcpSocket clientSocket = net.clientTcp.open(clientPort, config, TcpTuning.DEFAULTS, TcpTimers.NONE);
        clientSocket.setPeer(net.server.address());
        client.endpoint = clientSocket.endpoint();
        server.endpoint = net.serverTcp.open(SERVER_PORT, config.withLinuxListenerWindow(), TcpTuning.DEFAULTS, TcpTimers.NONE).endpoint();
        net.network.observe(t -> (t.from().node() == net.client ? client : server).transmitted(t));
        TcpStack.ArrivalListener heard = (socket, segment, before) -> onArrival(
                socket.endpoint() == client.endpoint ? client : server, segment, before,
                net.network.delivering().traceId());
        net.clientTcp.onArrival(heard);
        net.serverTcp.onArrival(heard);
    }

    private Trace run() {
        server.endpoint.listen();
        step(n.text("step.listen"), n.listen(SERVER_PORT), List.of("RFC 9293 §3.3.2", "RFC 9293 §3.10.1"), -1);
        client.endpoint.connect(SERVER_PORT);
        step(n.text("step.syn"), n.syn(client.endpoint.iss(), offerSentence()),
                List.of("RFC 9293 §3.4.1", "RFC 9293 §3.5", "RFC 9293 §3.10.1"), client.lastPacket);
        sim.run();
        return trace.build();
    }

    private void onArrival(Side receiver, TcpSegment segment, TcpState before, int arrivedPacket) {
        TcpState after = receiver.endpoint.state();
        if (receiver == server && before == TcpState.LISTEN && after == TcpState.SYN_RECEIVED) {
            step(n.text("step.synAck"), synAckNarration(), List.of("RFC 9293 §3.5",
                    "RFC 9293 §3.10.7.2", "RFC 7323 §2.2", "RFC 2018 §2"), server.lastPacket);
        } else if (receiver == client && before == TcpState.SYN_SENT && after == TcpState.ESTABLISHED) {
            step(n.text("step.clientEstablished"), clientEstablishedNarration(),
                    List.of("RFC 9293 §3.5", "RFC 9293 §3.10.7.3"), client.lastPacket);
            sim.schedule(0, this::sendRequest);
        } else if (receiver == server && before == TcpState.SYN_RECEIVED && after == TcpState.ESTABLISHED
                && segment.payload().length == 0) {
            step(n.text("step.serverEstablished"), serverEstablishedNarration(),
                    List.of("RFC 9293 §3.5", "RFC 9293 §3.10.7.4", "RFC 7323 §2.3"), arrivedPacket);
        } else if (receiver == server && segment.payload().length > 0) {
            long firstByte = measureFirstByte();
            step(n.text("step.firstByte"), firstByteNarration(segment, firstByte),
                    List.of("RFC 9293 §3.10.7.4"), arrivedPacket);
        } else if (receiver == client && requestSent && segment.payload().length == 0) {
            step(n.text("step.acknowledged"), n.acknowledged(sim.now(), client.endpoint.sndNxt()),
                    List.of("RFC 9293 §3.10.7.4"), arrivedPacket);
        }
    }

    private void sendRequest() {
        requestSent = true;
        client.endpoint.send(REQUEST.getBytes(StandardCharsets.US_ASCII));
        step(n.text("step.request"), n.request(REQUEST.length(), SequenceNumbers.add(client.endpoint.iss(), 1),
                client.endpoint.peerMss(), client.endpoint.sendMss(), client.endpoint.sndWnd()),
                List.of("RFC 9293 §3.10.2", "RFC 9293 §3.7.1"), client.lastPacket);
    }

    private long measureFirstByte() {
        long elapsed = sim.now();
        measurements.add(new Measurement(n.firstByteMeasure(elapsed / (double) SimTime.millis(scenario.rttMs()),
                elapsed), SERVER, 0, elapsed));
        return elapsed;
    }

    private String offerSentence() {
        return n.offers(scenario.mss(), scenario.sack(), scenario.timestamps(),
                scenario.windowScaling() ? scenario.windowShift() : null);
    }

    private String synAckNarration() {
        TcpEndpoint s = server.endpoint;
        return n.synAck(s.irs(), s.iss(), s.rcvNxt(), s.windowScalingNegotiated(), s.sackNegotiated(),
                s.timestampsNegotiated(), scenario.mss());
    }

    private String clientEstablishedNarration() {
        return n.clientEstablished(client.endpoint.irs(), client.endpoint.rcvNxt(), sim.now());
    }

    private String serverEstablishedNarration() {
        TcpEndpoint s = server.endpoint;
        return n.serverEstablished(s.windowScalingNegotiated() ? 1 << s.sendShift() : null, s.sndWnd());
    }

    private String firstByteNarration(TcpSegment segment, long elapsed) {
        long rtt = SimTime.millis(scenario.rttMs());
        return n.firstByte(segment.payload().length, elapsed, rtt, elapsed - SimTime.millis(scenario.rttMs() * 1.5),
                server.endpoint.rcvNxt());
    }

    private void step(String title, String narration, List<String> references, int packetId) {
        List<NodeState> nodes = List.of(
                new NodeState(CLIENT, client.endpoint.state().displayName(), client.endpoint.variables(n.language())),
                new NodeState(SERVER, server.endpoint.state().displayName(), server.endpoint.variables(n.language())));
        trace.step(sim.now(), title, narration, references, packetId, new Snapshot(nodes, measurements));
    }

    private static String label(TcpSegment seg, TcpEndpoint sender) {
        long seqBase = sender.iss();
        long ackBase = sender.irs();
        StringBuilder b = new StringBuilder(org.wirewise.model.packet.TcpFlags.names(seg.flags()));
        b.append("  seq=").append(SequenceNumbers.distance(seqBase, seg.sequenceNumber()));
        if (seg.has(org.wirewise.model.packet.TcpFlags.ACK)) {
            b.append(" ack=").append(SequenceNumbers.distance(ackBase, seg.acknowledgmentNumber()));
        }
        b.append(" win=").append(seg.window());
        if (seg.payload().length > 0) {
            b.append(" len=").append(seg.payload().length);
        }
        return b.toString();
    }

    /** One end: its identity, its TCP and the last packet it sent. */
    private final class Side {
        final Host host;
        final Host peer;
        TcpEndpoint endpoint;
        int lastPacket = -1;

        Side(Host host, Host peer) {
            this.host = host;
            this.peer = peer;
        }

        void transmitted(Transmission t) {
            int id = trace.packet(host.lane(), peer.lane(), t.start(), t.arrival(), t.fate(),
                    label(TcpStack.segmentIn(t.packet()), endpoint), t.packet().frame());
            t.packet().setTraceId(id);
            lastPacket = id;
        }
    }
}
