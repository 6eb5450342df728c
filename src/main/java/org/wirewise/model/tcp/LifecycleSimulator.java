package org.wirewise.model.tcp;

import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpEndpoint;
import org.wirewise.model.transport.TcpEvent;
import org.wirewise.model.transport.TcpState;
import org.wirewise.model.transport.TcpTuning;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
    private final LifecycleNarration n;

    public static Trace simulate(LifecycleScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(LifecycleScenario scenario, Locale language) {
        return new LifecycleSimulator(scenario, language).run();
    }

    private LifecycleSimulator(LifecycleScenario s, Locale language) {
        if (s.responseBytes() < 1 || s.responseBytes() > 1_000_000) {
            throw new IllegalArgumentException("responseBytes: expected 1 to 1000000 bytes, got " + s.responseBytes());
        }
        this.scenario = s;
        this.n = new LifecycleNarration(language);
        TcpConfig config = new TcpConfig(1460, true, 7, true, s.timestamps(), TcpConfig.linuxInitialWindow(1460));
        TcpTuning tuning = TcpTuning.DEFAULTS.withMsl(Math.round(s.mslSeconds() * 1e9));
        this.rig = new TcpRig(LESSON_ID, s.seed(), s.rttMs(), s.bandwidthMbps(), SERVER_PORT, config, tuning,
                config.withLinuxListenerWindow(), tuning, DropList.parse(s.drop()), List.of(), language);
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
            rig.step(n.say("step.listens"), n.say("listens", Integer.toString(SERVER_PORT)), List.of("RFC 9293 §3.3.2"), -1);
        } else {
            rig.step(n.say("step.nothingListens", Integer.toString(SERVER_PORT)), n.say("nothingListens", Integer.toString(SERVER_PORT)),
                    List.of("RFC 9293 §3.10.7.1"), -1);
        }
        client.connect(SERVER_PORT);
        rig.step(n.say("step.syn"), n.say("syn", Long.toString(client.iss())),
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
            rig.measure(new Measurement(n.say(plain ? "measure.timeWait" : "measure.timeWaitRepeated",
                    n.seconds(held)), side.lane(), since, rig.sim.now()));
            String who = rig.who(side);
            rig.sim.schedule(0, () -> rig.step(n.say("step.timeWaitEnds", who), n.say("timeWaitEnds", who),
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
        String who = rig.who(at);
        String Who = n.capitalised(at);
        if (before != after) {
            narrateTransition(at, who, Who, seg, packetId, before, after);
        } else if (before == TcpState.TIME_WAIT && seg.has(TcpFlags.FIN)) {
            rig.step(n.say("step.finAgain"), n.say("finAgain", who),
                    List.of("RFC 9293 §3.10.7.4", "RFC 9293 §3.6"), packetId);
        } else if (seg.payload().length > 0 && at == rig.client && !responseComplete) {
            long got = client.deliveredBytes();
            long jump = got - deliveredBefore;
            String text = jump > seg.payload().length
                    ? n.say("data.fills", Integer.toString(seg.payload().length),
                    Long.toString(jump - seg.payload().length))
                    : jump == 0 ? n.say("data.beyondHole") : n.say("data.plain");
            rig.step(jump == 0 ? n.say("step.waits")
                            : n.say("step.delivered", Long.toString(got), Integer.toString(scenario.responseBytes())),
                    text + n.say("data", Long.toString(client.rcvNxt())), List.of("RFC 9293 §3.10.7.4"), packetId);
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
            case SYN_RECEIVED -> rig.step(n.say("step.synReceived"), n.say("synReceived", Long.toString(server.iss()),
                    change),
                    List.of("RFC 9293 §3.5", "RFC 9293 §3.10.7.2"), rig.server.lastPacket());
            case ESTABLISHED -> {
                if (at == rig.client) {
                    rig.step(n.say("step.clientEstablished"), n.say("clientEstablished", change,
                            n.handshakeRtt(client)),
                            HandshakeRttNarration.references(client), rig.client.lastPacket());
                    if (!requestSent) {
                        requestSent = true;
                        rig.sim.schedule(0, this::sendRequest);
                    }
                } else {
                    rig.step(n.say("step.serverEstablished"), n.say("serverEstablished", change),
                            List.of("RFC 9293 §3.5"), packetId);
                }
            }
            case CLOSED -> {
                if (before == TcpState.SYN_SENT) {
                    rig.step(n.say("step.refused"), n.say("refused", Integer.toString(SERVER_PORT)),
                            List.of("RFC 9293 §3.10.7.1", "RFC 9293 §3.10.7.3"), rig.server.lastPacket());
                } else if (before == TcpState.LAST_ACK) {
                    rig.step(n.say("step.lastAck", Who), n.say("lastAck", who),
                            List.of("RFC 9293 §3.10.7.4", "RFC 9293 §3.6"), packetId);
                }
            }
            case CLOSE_WAIT -> rig.step(n.say("step.closeWait", who), n.say("closeWait", who,
                    Long.toString(at.endpoint.rcvNxt())), List.of("RFC 9293 §3.6", "RFC 9293 §3.10.7.4"), at.lastPacket());
            case FIN_WAIT_2 -> rig.step(n.say("step.finWait2", Who), n.say("finWait2", who),
                    List.of("RFC 9293 §3.6", "RFC 9293 §3.10.7.4"), packetId);
            case CLOSING -> rig.step(n.say("step.closing", Who), n.say("closing", who),
                    List.of("RFC 9293 §3.6, Figure 13"), at.lastPacket());
            case TIME_WAIT -> {
                String path = before == TcpState.FIN_WAIT_1 ? n.say("timeWait.skip", who) : "";
                rig.step(n.say("step.timeWait", Who, change), n.say("timeWait", who,
                        n.seconds(2 * Math.round(scenario.mslSeconds() * 1e9)), path),
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
        rig.step(n.say("step.request"), n.say("request", Integer.toString(REQUEST.length)),
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
        rig.step(n.say("step.respond"), n.say("respond", Integer.toString(body.length), Integer.toString(segments),
                Integer.toString(sendMss), Integer.toString(server.peerMss()),
                Integer.toString(server.peerMss() - sendMss)),
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
                    rig.step(n.say("step.bothClose"), n.say("bothClose"),
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
        String who = rig.who(side);
        String narration = n.say(before == TcpState.ESTABLISHED ? "activeClose" : "passiveClose", who);
        rig.step(n.say("step.closes", who, before.displayName() + " → " + side.endpoint.state().displayName()),
                narration, List.of("RFC 9293 §3.6", "RFC 9293 §3.10.4"), side.lastPacket());
    }
}
