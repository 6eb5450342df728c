package org.wirewise.model.tcp;

import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpEndpoint;
import org.wirewise.model.transport.TcpEvent;
import org.wirewise.model.transport.TcpState;
import org.wirewise.model.transport.TcpTuning;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.Trace;

/**
 * A whole connection: handshake, one request and its response, and the teardown in the order the
 * scenario chooses, with TIME-WAIT held for 2 × MSL. Both ends are full {@link TcpEndpoint}s, so a
 * dropped packet is recovered exactly as the RFCs' timers and duplicate ACKs dictate.
 */
public final class LifecycleSimulator {

    public static final String LESSON_ID = "tcp-lifecycle";
    public static final int SERVER_PORT = 80;
    static final byte[] REQUEST = ("GET /index.html HTTP/1.1\r\nHost: www.example.com\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final LifecycleScenario scenario;
    private final TcpRig rig;
    private final TcpEndpoint client;
    private final TcpEndpoint server;
    private boolean requestSent;
    private boolean responded;
    private boolean responseComplete;
    private boolean closing;
    private long deliveredBefore;

    public static Trace simulate(LifecycleScenario scenario) {
        return new LifecycleSimulator(scenario).run();
    }

    private LifecycleSimulator(LifecycleScenario s) {
        if (s.responseBytes() < 1 || s.responseBytes() > 1_000_000) {
            throw new IllegalArgumentException("responseBytes: expected 1 to 1000000 bytes, got " + s.responseBytes());
        }
        this.scenario = s;
        TcpConfig config = new TcpConfig(1460, true, 7, true, s.timestamps(), TcpConfig.linuxInitialWindow(1460));
        TcpTuning tuning = TcpTuning.DEFAULTS.withMsl(Math.round(s.mslSeconds() * 1e9));
        this.rig = new TcpRig(LESSON_ID, s.seed(), s.rttMs(), s.bandwidthMbps(), SERVER_PORT, config, tuning,
                config.withLinuxListenerWindow(), tuning, DropList.parse(s.drop()));
        this.client = rig.client.endpoint;
        this.server = rig.server.endpoint;
        LossNarration loss = new LossNarration(rig);
        client.setListener(e -> onEvent(rig.client, e, loss));
        server.setListener(e -> onEvent(rig.server, e, loss));
        rig.onArrival(this::onArrival);
    }

    private Trace run() {
        if (scenario.serverListening()) {
            server.listen();
            rig.step("The server listens", "The server application has called listen() on port " + SERVER_PORT
                    + ": its TCP waits in LISTEN. The client is CLOSED. This lesson follows one connection from "
                    + "its first SYN to the moment neither end remembers it.", List.of("RFC 9293 §3.3.2"), -1);
        } else {
            rig.step("Nothing listens on port " + SERVER_PORT, "No application has called listen() on port "
                    + SERVER_PORT + ": the server's TCP has no connection for it, so it is CLOSED. Watch what a "
                    + "SYN gets there.", List.of("RFC 9293 §3.10.7.1"), -1);
        }
        client.connect(SERVER_PORT);
        rig.step("The client sends SYN", "connect() is an active OPEN: the client sends a SYN with ISS = "
                + client.iss() + " and enters SYN-SENT. It also starts its retransmission timer at the initial "
                + "RTO of 1 s (RFC 6298 §2.1): if no SYN-ACK comes back in time it sends the SYN again after 1, "
                + "2, 4, 8… seconds. Lose this SYN (right-click it, or --set drop=1) to watch.",
                List.of("RFC 9293 §3.5", "RFC 6298 §2.1"), rig.client.lastPacket());
        rig.sim.run();
        return rig.build();
    }

    private void onEvent(TcpRig.Side side, TcpEvent e, LossNarration loss) {
        if (e.kind() == TcpEvent.Kind.OUT_OF_ORDER) {
            side.markDuplicateAck();
        }
        if (e.kind() == TcpEvent.Kind.STATE && e.value() == TcpState.CLOSED.ordinal()
                && side.timeWaitSince >= 0) {
            long since = side.timeWaitSince;
            side.timeWaitSince = -1;
            long held = rig.sim.now() - since;
            boolean plain = held == 2 * Math.round(scenario.mslSeconds() * 1e9);
            rig.measure(new Measurement("TIME-WAIT " + TcpRig.seconds(held) + (plain ? " = 2 × MSL"
                    : " (2 × MSL after the repeated FIN)"), side.lane(), since, rig.sim.now()));
            rig.sim.schedule(0, () -> rig.step("TIME-WAIT ends: the " + side.lane() + " forgets the connection",
                    "2 × MSL after it entered TIME-WAIT the " + side.lane() + " deletes the connection: it is "
                            + "CLOSED, and the same four-tuple (addresses and ports) may be used again. Any "
                            + "segment of the old connection still in the network has outlived its maximum "
                            + "lifetime by now, so it cannot be mistaken for part of a new one. The long idle "
                            + "stretch is drawn on a broken time axis.",
                    List.of("RFC 9293 §3.4.2", "RFC 9293 §3.10.8"), -1));
            return;
        }
        if (e.kind() == TcpEvent.Kind.STATE && e.value() == TcpState.TIME_WAIT.ordinal()
                && side.timeWaitSince < 0) {
            side.timeWaitSince = rig.sim.now();
        }
        loss.onEvent(side, e);
    }

    private void onArrival(TcpRig.Side at, TcpSegment seg, int packetId, TcpState before) {
        TcpState after = at.endpoint.state();
        String who = at == rig.client ? "client" : "server";
        String Who = at == rig.client ? "Client" : "Server";
        if (before != after) {
            narrateTransition(at, who, Who, seg, packetId, before, after);
        } else if (before == TcpState.TIME_WAIT && seg.has(TcpFlags.FIN)) {
            rig.step("The FIN again: TIME-WAIT earns its keep", "The " + who + "'s last ACK was lost, so the peer "
                    + "timed out and resent its FIN. Because the " + who + " is still in TIME-WAIT it remembers the "
                    + "connection: it acknowledges the FIN again and restarts its 2 × MSL timer. A " + who
                    + " that had already forgotten the connection would have answered with a reset.",
                    List.of("RFC 9293 §3.10.7.4", "RFC 9293 §3.6"), packetId);
        } else if (seg.payload().length > 0 && at == rig.client && !responseComplete) {
            long got = client.deliveredBytes();
            long jump = got - deliveredBefore;
            String text = jump > seg.payload().length
                    ? "The retransmission fills the hole: the " + seg.payload().length + " bytes it carries and the "
                    + (jump - seg.payload().length) + " bytes that had waited behind it in the receive buffer reach "
                    + "the application at once, and one cumulative ACK covers them all."
                    : jump == 0 ? "This segment lies beyond a hole: the client keeps it in its receive buffer, "
                    + "cannot hand it to the application yet, and acknowledges the missing byte again: a duplicate ACK."
                    : "A segment of the response reaches the client, which acknowledges it at once (Linux starts a "
                    + "connection in quick-ACK mode).";
            rig.step(jump == 0 ? "Data beyond the hole waits in the receive buffer"
                            : "Response data: " + got + " of " + scenario.responseBytes() + " bytes delivered",
                    text + " RCV.NXT = " + client.rcvNxt() + ".", List.of("RFC 9293 §3.10.7.4"), packetId);
        }
        deliveredBefore = client.deliveredBytes();
        if (at == rig.server && !responded && server.deliveredBytes() >= REQUEST.length) {
            responded = true;
            rig.sim.schedule(0, this::respond);
        }
        if (at == rig.client && !responseComplete && client.deliveredBytes() >= scenario.responseBytes()) {
            responseComplete = true;
            rig.sim.schedule(0, this::responseDone);
        }
    }

    private void narrateTransition(TcpRig.Side at, String who, String Who, TcpSegment seg, int packetId,
                                   TcpState before, TcpState after) {
        String change = before.displayName() + " → " + after.displayName();
        switch (after) {
            case SYN_RECEIVED -> rig.step("SYN arrives; the server answers SYN-ACK", "The server records the "
                    + "client's ISN, picks its own (ISS = " + server.iss() + ") and answers with SYN-ACK: "
                    + change + ". It, too, now runs a retransmission timer for its SYN.",
                    List.of("RFC 9293 §3.5", "RFC 9293 §3.10.7.2"), rig.server.lastPacket());
            case ESTABLISHED -> {
                if (at == rig.client) {
                    rig.step("The client is ESTABLISHED", "The SYN-ACK acknowledges the client's SYN: "
                            + change + ". " + HandshakeRttNarration.of(client),
                            HandshakeRttNarration.references(client), rig.client.lastPacket());
                    if (!requestSent) {
                        requestSent = true;
                        rig.sim.schedule(0, this::sendRequest);
                    }
                } else {
                    rig.step("The server is ESTABLISHED", "The client's ACK completes the handshake at the "
                            + "server: " + change + ".", List.of("RFC 9293 §3.5"), packetId);
                }
            }
            case CLOSED -> {
                if (before == TcpState.SYN_SENT) {
                    rig.step("A reset: connection refused", "Nothing listens on port " + SERVER_PORT + ", so the "
                            + "server's TCP answers the SYN with a reset: <SEQ=0><ACK=SEG.SEQ+1><CTL=RST,ACK>. The "
                            + "client accepts it because it acknowledges its SYN, and goes from SYN-SENT to CLOSED; "
                            + "connect() fails with ECONNREFUSED (\"Connection refused\"). No retries: a reset is an "
                            + "answer, unlike silence, which the SYN timer would retry.",
                            List.of("RFC 9293 §3.10.7.1", "RFC 9293 §3.10.7.3"), rig.server.lastPacket());
                } else if (before == TcpState.LAST_ACK) {
                    rig.step(Who + ": LAST-ACK → CLOSED", "The ACK of its FIN reaches the " + who + ", which "
                            + "deletes the connection at once: the side that closed second never waits in "
                            + "TIME-WAIT. The other side still remembers the connection.",
                            List.of("RFC 9293 §3.10.7.4", "RFC 9293 §3.6"), packetId);
                }
            }
            case CLOSE_WAIT -> rig.step("FIN arrives at the " + who + ": CLOSE-WAIT", "The peer has closed its "
                    + "direction: the " + who + " acknowledges the FIN (it occupies one sequence number, so "
                    + "RCV.NXT = " + at.endpoint.rcvNxt() + ") and enters CLOSE-WAIT. Its application's next read() "
                    + "returns 0 (end of file); it may still send. Here it has nothing more to say, so it calls "
                    + "close() at once.", List.of("RFC 9293 §3.6", "RFC 9293 §3.10.7.4"), at.lastPacket());
            case FIN_WAIT_2 -> rig.step(Who + ": FIN-WAIT-1 → FIN-WAIT-2", "The ACK of the " + who + "'s FIN "
                    + "arrives: its direction is closed. It now waits in FIN-WAIT-2 for the peer's FIN; data from "
                    + "the peer may still arrive meanwhile (a half-closed connection).",
                    List.of("RFC 9293 §3.6", "RFC 9293 §3.10.7.4"), packetId);
            case CLOSING -> rig.step(Who + ": FIN-WAIT-1 → CLOSING", "A FIN arrives while the " + who + "'s own "
                    + "FIN is still unacknowledged: both ends closed at once, and the FINs crossed. The " + who
                    + " acknowledges the peer's FIN and waits in CLOSING for the ACK of its own.",
                    List.of("RFC 9293 §3.6, Figure 13"), at.lastPacket());
            case TIME_WAIT -> {
                String path = before == TcpState.FIN_WAIT_1 ? " The FIN also acknowledged the " + who + "'s own "
                        + "FIN, so it went from FIN-WAIT-1 straight to TIME-WAIT, skipping FIN-WAIT-2." : "";
                rig.step(Who + ": " + change, "The " + who + " has sent its FIN, had it acknowledged and received "
                        + "the peer's, so the connection is over, yet it waits in TIME-WAIT for 2 × MSL = "
                        + TcpRig.seconds(2 * Math.round(scenario.mslSeconds() * 1e9)) + "." + path + " Why wait? "
                        + "First, its last ACK may be lost: the peer would then resend its FIN, and only an end that "
                        + "still remembers the connection can acknowledge it again instead of answering with a "
                        + "reset. Second, delayed duplicates of this connection must die out before the same "
                        + "addresses and ports can carry a new one. The cost falls on whoever closes first: a server "
                        + "that closes thousands of short connections a second keeps thousands of TIME-WAIT "
                        + "sockets, and a client that opens them to one server can run out of ephemeral ports. "
                        + "(Linux holds TIME-WAIT for a fixed 60 s, TCP_TIMEWAIT_LEN, whatever the MSL.)",
                        List.of("RFC 9293 §3.4.2", "RFC 9293 §3.6", "RFC 9293 §3.10.7.4"), at.lastPacket());
            }
            default -> { }
        }
        if (after == TcpState.CLOSE_WAIT) {
            rig.sim.schedule(0, () -> closeBy(at));
        }
    }

    private void sendRequest() {
        client.send(REQUEST);
        rig.step("The client sends its request", "An HTTP request of " + REQUEST.length + " bytes goes out "
                + "behind the ACK. From now on the client's retransmission timer guards it: it runs whenever "
                + "data is unacknowledged, drawn as a countdown on the client's lane.",
                List.of("RFC 9293 §3.10.2", "RFC 6298 §5.1"), rig.client.lastPacket());
    }

    private void respond() {
        byte[] body = new byte[scenario.responseBytes()];
        byte[] header = "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(body, (byte) 'x');
        System.arraycopy(header, 0, body, 0, Math.min(header.length, body.length));
        int first = rig.trace.packetCount();
        server.send(body);
        int sendMss = server.sendMss();
        int segments = (int) Math.ceil(body.length / (double) sendMss);
        rig.step("The request arrives; the server responds", "The server acknowledges the request and its "
                + "application writes a " + body.length + "-byte response. TCP cuts it into " + segments
                + " segment(s) of at most " + sendMss + " bytes: the client's MSS of " + server.peerMss()
                + " less the " + (server.peerMss() - sendMss) + " bytes of options (timestamps) every segment "
                + "carries, so each fits a 1500-byte IP packet (RFC 9293 §3.7.1, RFC 7323 §3.2). They go back "
                + "to back (the initial congestion window allows ten, RFC 6928). With several segments in flight, a single loss is repaired by "
                + "fast retransmit after three duplicate ACKs rather than by the timer (RFC 5681 §3.2).",
                List.of("RFC 9293 §3.10.2", "RFC 9293 §3.7.1", "RFC 5681 §3.2"), first);
        if (scenario.closer() == LifecycleScenario.Closer.SERVER) {
            closeBy(rig.server);
        }
    }

    private void responseDone() {
        switch (scenario.closer()) {
            case CLIENT -> closeBy(rig.client);
            case SIMULTANEOUS -> {
                if (!closing) {
                    closing = true;
                    client.close();
                    server.close();
                    rig.step("Both ends close at the same moment", "Both applications call close() at the same "
                            + "instant, so each sends a FIN before it has seen the other's: both enter FIN-WAIT-1 "
                            + "and the FINs cross in the network. This is the simultaneous close of RFC 9293 "
                            + "Figure 13; neither side is passive, and both will end in TIME-WAIT.",
                            List.of("RFC 9293 §3.6, Figure 13"), rig.client.lastPacket());
                }
            }
            default -> { }
        }
    }

    private void closeBy(TcpRig.Side side) {
        TcpState before = side.endpoint.state();
        if (before != TcpState.ESTABLISHED && before != TcpState.CLOSE_WAIT) {
            return;
        }
        side.endpoint.close();
        String who = side == rig.client ? "client" : "server";
        String narration = before == TcpState.ESTABLISHED
                ? "The " + who + " calls close() first: an active close. Its TCP sends a FIN after any data still "
                + "queued (the FIN takes one sequence number and is retransmitted like data) and enters "
                + "FIN-WAIT-1. Whoever closes first is the one that will wait in TIME-WAIT."
                : "The " + who + "'s application has read the end of file and calls close(): its FIN goes out and "
                + "it waits in LAST-ACK for the acknowledgment.";
        rig.step("The " + who + " closes: " + before.displayName() + " → " + side.endpoint.state().displayName(),
                narration, List.of("RFC 9293 §3.6", "RFC 9293 §3.10.4"), side.lastPacket());
    }
}
