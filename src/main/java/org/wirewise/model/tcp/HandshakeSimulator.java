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
    private boolean requestSent;

    public static Trace simulate(HandshakeScenario scenario) {
        return new HandshakeSimulator(scenario).run();
    }

    private HandshakeSimulator(HandshakeScenario scenario) {
        this.scenario = scenario;
        ClientServer net = new ClientServer(scenario.seed(), scenario.rttMs(), scenario.bandwidthMbps(), 64);
        this.sim = net.network.simulation();
        this.clientPort = net.clientTcp.ephemeralPort();
        this.clientHost = net.clientIdentity();
        this.serverHost = net.serverIdentity();
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(CLIENT, "Client", "192.0.2.10:" + clientPort),
                new Lane(SERVER, "Server", "198.51.100.80:" + SERVER_PORT)));

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
        step("The server listens",
                "The server application has called listen() on port " + SERVER_PORT + ": a passive OPEN. Its TCP "
                        + "now waits in LISTEN for a SYN. The client is still CLOSED: nothing has been sent yet.",
                List.of("RFC 9293 §3.3.2", "RFC 9293 §3.10.1"), -1);
        client.endpoint.connect(SERVER_PORT);
        step("The client sends SYN",
                "connect() is an active OPEN. The client picks its initial sequence number ISS = "
                        + client.endpoint.iss() + " and sends a SYN carrying it; a SYN occupies one sequence number, "
                        + "so the first data byte will be ISS + 1. The client enters SYN-SENT. "
                        + offerSentence() + " Real stacks derive the ISN from a clock and a keyed hash of the "
                        + "connection's addresses and ports (RFC 9293 §3.4.1, RFC 6528) so that it cannot be "
                        + "guessed; here it comes from the seed, so the same seed gives the same numbers.",
                List.of("RFC 9293 §3.4.1", "RFC 9293 §3.5", "RFC 9293 §3.10.1"), client.lastPacket);
        sim.run();
        return trace.build();
    }

    private void onArrival(Side receiver, TcpSegment segment, TcpState before, int arrivedPacket) {
        TcpState after = receiver.endpoint.state();
        if (receiver == server && before == TcpState.LISTEN && after == TcpState.SYN_RECEIVED) {
            step("SYN arrives; the server answers SYN-ACK", synAckNarration(), List.of("RFC 9293 §3.5",
                    "RFC 9293 §3.10.7.2", "RFC 7323 §2.2", "RFC 2018 §2"), server.lastPacket);
        } else if (receiver == client && before == TcpState.SYN_SENT && after == TcpState.ESTABLISHED) {
            step("SYN-ACK arrives; the client is ESTABLISHED", clientEstablishedNarration(),
                    List.of("RFC 9293 §3.5", "RFC 9293 §3.10.7.3"), client.lastPacket);
            sim.schedule(0, this::sendRequest);
        } else if (receiver == server && before == TcpState.SYN_RECEIVED && after == TcpState.ESTABLISHED
                && segment.payload().length == 0) {
            step("The ACK arrives; the server is ESTABLISHED", serverEstablishedNarration(),
                    List.of("RFC 9293 §3.5", "RFC 9293 §3.10.7.4", "RFC 7323 §2.3"), arrivedPacket);
        } else if (receiver == server && segment.payload().length > 0) {
            long firstByte = measureFirstByte();
            step("The first data byte arrives: 1.5 RTT", firstByteNarration(segment, firstByte),
                    List.of("RFC 9293 §3.10.7.4"), arrivedPacket);
        } else if (receiver == client && requestSent && segment.payload().length == 0) {
            step("The client's request is acknowledged",
                    "The server's ACK reaches the client " + SimTime.format(sim.now()) + " after connect(): "
                            + "SND.UNA moves up to SND.NXT = " + client.endpoint.sndNxt() + ", so everything the "
                            + "client sent is acknowledged and nothing needs to be kept for retransmission. The "
                            + "connection is open both ways; the server's response would follow on the same "
                            + "connection.",
                    List.of("RFC 9293 §3.10.7.4"), arrivedPacket);
        }
    }

    private void sendRequest() {
        requestSent = true;
        client.endpoint.send(REQUEST.getBytes(StandardCharsets.US_ASCII));
        step("The client sends its request",
                "The client need not wait for anything more: as soon as it is ESTABLISHED it may send data, and "
                        + "the " + REQUEST.length() + "-byte HTTP request goes out right behind the ACK, with "
                        + "seq = ISS + 1 = " + SequenceNumbers.add(client.endpoint.iss(), 1) + ". No segment may carry "
                        + "more data than the server's MSS (" + client.endpoint.peerMss() + " bytes) less the "
                        + "options every segment carries: " + client.endpoint.sendMss() + " bytes here (RFC 7323 "
                        + "§3.2); nor more than the window the server advertised (" + client.endpoint.sndWnd()
                        + " bytes).",
                List.of("RFC 9293 §3.10.2", "RFC 9293 §3.7.1"), client.lastPacket);
    }

    private long measureFirstByte() {
        long elapsed = sim.now();
        measurements.add(new Measurement(String.format(Locale.ROOT, "%.2f RTT to the first data byte (%s)",
                elapsed / (double) SimTime.millis(scenario.rttMs()), SimTime.format(elapsed)), SERVER, 0, elapsed));
        return elapsed;
    }

    private String offerSentence() {
        List<String> offers = new ArrayList<>();
        offers.add("MSS " + scenario.mss() + " (the largest segment it can receive)");
        if (scenario.sack()) {
            offers.add("SACK permitted (it can accept selective acknowledgments, RFC 2018)");
        }
        if (scenario.timestamps()) {
            offers.add("timestamps (for RTT measurement and protection against wrapped sequence numbers, "
                    + "RFC 7323 §3)");
        }
        if (scenario.windowScaling()) {
            offers.add("window scale " + scenario.windowShift() + " (its windows are to be multiplied by "
                    + (1 << scenario.windowShift()) + ", RFC 7323 §2)");
        }
        return "Its options offer " + String.join(", ", offers) + ". The window in a SYN is never scaled.";
    }

    private String synAckNarration() {
        TcpEndpoint s = server.endpoint;
        List<String> agreed = new ArrayList<>();
        if (s.windowScalingNegotiated()) {
            agreed.add("window scaling");
        }
        if (s.sackNegotiated()) {
            agreed.add("SACK");
        }
        if (s.timestampsNegotiated()) {
            agreed.add("timestamps");
        }
        return "The SYN reaches the server half a round trip (plus its serialization) after it was sent. The "
                + "server records IRS = " + s.irs()
                + " and RCV.NXT = IRS + 1, chooses its own ISS = " + s.iss() + ", and answers with one segment "
                + "that does two jobs: SYN (its own sequence number) and ACK " + s.rcvNxt()
                + " (\"I have your SYN; send byte IRS + 1 next\"). It enters SYN-RECEIVED. An option is used only "
                + "when both SYNs carry it, so the server echoes only what the client offered"
                + (agreed.isEmpty() ? ": nothing beyond MSS is agreed here." : ": " + String.join(", ", agreed)
                + " will be in use.") + " The MSS is not negotiated: each side announces the largest segment it "
                + "can receive, and the other must not send more (" + scenario.mss() + " bytes here).";
    }

    private String clientEstablishedNarration() {
        TcpEndpoint c = client.endpoint;
        return "The SYN-ACK acknowledges ISS + 1, so the client knows its SYN got through; it records the "
                + "server's ISN (IRS = " + c.irs() + "), enters ESTABLISHED and sends ACK " + c.rcvNxt()
                + ". One round trip has passed: " + SimTime.format(sim.now()) + ", the client's first RTT "
                + "sample. Why three messages and not two? Each side must learn that the other received its "
                + "initial sequence number: two SYNs and two ACKs, of which the server's ACK and SYN share a "
                + "segment. And in the RFC's words, \"the principal reason for the three-way handshake is to "
                + "prevent old duplicate connection initiations from causing confusion\": a SYN from an "
                + "earlier connection may still be wandering the network. With two messages the server would "
                + "open a connection for it; with three, the client answers a SYN-ACK it never asked for with "
                + "a reset (RFC 9293 §3.5, Figure 8).";
    }

    private String serverEstablishedNarration() {
        TcpEndpoint s = server.endpoint;
        String window = s.windowScalingNegotiated()
                ? " From now on window fields are scaled: the client's window field is multiplied by "
                + (1 << s.sendShift()) + ", giving SND.WND = " + s.sndWnd() + " bytes."
                : " Without window scaling, no window can exceed 65,535 bytes.";
        return "The ACK reaches the server: its SYN is acknowledged, so it moves from SYN-RECEIVED to "
                + "ESTABLISHED. Both ends now agree on both initial sequence numbers." + window;
    }

    private String firstByteNarration(TcpSegment segment, long elapsed) {
        return "The request's " + segment.payload().length + " bytes reach the server "
                + SimTime.format(elapsed) + " after connect(): one and a half round trips (1.5 × "
                + SimTime.format(SimTime.millis(scenario.rttMs())) + ", plus "
                + SimTime.format(elapsed - SimTime.millis(scenario.rttMs() * 1.5))
                + " of serialization). That is the price of the handshake before any request can be served; a "
                + "TLS handshake on top adds more round trips, which is why connection reuse matters. The "
                + "server's TCP hands the bytes to the application, advances RCV.NXT to "
                + server.endpoint.rcvNxt() + " and acknowledges them.";
    }

    private void step(String title, String narration, List<String> references, int packetId) {
        List<NodeState> nodes = List.of(
                new NodeState(CLIENT, client.endpoint.state().displayName(), client.endpoint.variables()),
                new NodeState(SERVER, server.endpoint.state().displayName(), server.endpoint.variables()));
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
