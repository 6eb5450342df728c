package org.wirewise.model.tcp;

import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpEndpoint;
import org.wirewise.model.transport.TcpEvent;
import org.wirewise.model.transport.TcpState;
import org.wirewise.model.transport.TcpTuning;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Trace;

/**
 * Flow control (RFC 9293 §3.8.6): a client sends a file to a server whose application reads
 * slowly and then stalls. The server's receive buffer fills, its advertised window shrinks to
 * zero, the client probes the zero window and resumes when the window update comes.
 */
public final class FlowControlSimulator {

    public static final String LESSON_ID = "tcp-flow-control";
    public static final int SERVER_PORT = 5001;
    static final long READ_INTERVAL = SimTime.millis(50);

    private final FlowControlScenario scenario;
    private final TcpRig rig;
    private final TcpEndpoint client;
    private final TcpEndpoint server;
    private final BufferSamples samples;
    private final byte[] file;
    private int written;
    private boolean shrinkNarrated;
    private boolean zeroNarrated;
    private boolean resumeNarrated;
    private boolean done;
    private boolean updateNarrated;
    private long firstRead = -1;
    private long lastAdvertised = -1;
    private final FlowControlNarration n;

    public static Trace simulate(FlowControlScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(FlowControlScenario scenario, Locale language) {
        return new FlowControlSimulator(scenario, language).run();
    }

    private FlowControlSimulator(FlowControlScenario s, Locale language) {
        if (s.receiveBuffer() < 1024 || s.receiveBuffer() > 8 << 20) {
            throw new IllegalArgumentException("receiveBuffer: expected 1024 to 8388608 bytes, got "
                    + s.receiveBuffer());
        }
        if (s.transferBytes() < 1 || s.transferBytes() > 4_000_000) {
            throw new IllegalArgumentException("transferBytes: expected 1 to 4000000 bytes, got " + s.transferBytes());
        }
        this.scenario = s;
        this.n = new FlowControlNarration(language);
        TcpConfig clientConfig = new TcpConfig(1460, s.windowScaling(), 7, true, true,
                TcpConfig.linuxInitialWindow(1460));
        TcpConfig serverConfig = new TcpConfig(1460, s.windowScaling(), 7, true, true, s.receiveBuffer());
        TcpTuning sendTuning = TcpTuning.DEFAULTS.withSendBuffer(64 * 1024);
        this.rig = new TcpRig(LESSON_ID, s.seed(), s.rttMs(), s.bandwidthMbps(), SERVER_PORT, clientConfig,
                sendTuning, serverConfig, TcpTuning.DEFAULTS.withAutoRead(false), DropList.parse(s.drop()),
                List.of(), language);
        this.client = rig.client.endpoint;
        this.server = rig.server.endpoint;
        this.samples = new BufferSamples(client, server, rig.texts());
        this.file = new byte[s.transferBytes()];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) ('a' + i % 26);
        }
        rig.setExtraTables(() -> List.of(samples.table()));
        rig.setExtraFacts(() -> List.of(samples.history()));
        LossNarration loss = new LossNarration(rig);
        client.setListener(e -> {
            loss.onEvent(rig.client, e);
            samples.sample(rig.sim.now());
        });
        server.setListener(e -> {
            if (e.kind() == TcpEvent.Kind.OUT_OF_ORDER) {
                rig.server.markDuplicateAck();
            }
            if (e.kind() == TcpEvent.Kind.WINDOW_UPDATE && zeroNarrated && !updateNarrated) {
                updateNarrated = true;
                rig.sim.schedule(0, () -> rig.step(n.say("step.update"), n.say("update", Long.toString(e.value())),
                        List.of("RFC 9293 §3.8.6.2.2"), rig.server.lastPacket()));
            }
            loss.onEvent(rig.server, e);
            samples.sample(rig.sim.now());
        });
        rig.onArrival(this::onArrival);
    }

    private Trace run() {
        server.listen();
        client.connect(SERVER_PORT);
        samples.sample(0);
        long bdp = bdpBytes(scenario.bandwidthMbps(), scenario.rttMs());
        rig.step(n.say("step.connects", Integer.toString(scenario.transferBytes())), n.connects(scenario, bdp),
                List.of("RFC 9293 §3.8.6", "RFC 7323 §1.1"), rig.client.lastPacket());
        rig.sim.run();
        rig.trace.series(samples.series());
        return rig.build();
    }

    /** The bandwidth-delay product in bytes: rate (Mb/s) × round-trip time (ms), rounded. */
    public static long bdpBytes(double bandwidthMbps, double rttMs) {
        return Math.round(bandwidthMbps * 1e6 / 8 * rttMs / 1000);
    }

    private void onArrival(TcpRig.Side at, TcpSegment seg, int packetId, TcpState before) {
        samples.sample(rig.sim.now());
        if (at == rig.client && before == TcpState.SYN_SENT && client.state() == TcpState.ESTABLISHED) {
            rig.step(n.say("step.established"), n.say("established", Long.toString(client.sendBufferSize()),
                    Long.toString(client.congestionWindow()), Long.toString(client.sndWnd())),
                    List.of("RFC 9293 §3.8.6", "RFC 5681 §3.1"), packetId);
            rig.sim.schedule(0, this::write);
            return;
        }
        if (at == rig.server && before == TcpState.SYN_RECEIVED) {
            scheduleRead(READ_INTERVAL);
        }
        if (at == rig.client && seg.has(TcpFlags.ACK)) {
            write();
            long window = client.sndWnd();
            if (!shrinkNarrated && lastAdvertised > 0 && window < lastAdvertised && window > 0
                    && window < scenario.receiveBuffer() / 2) {
                shrinkNarrated = true;
                rig.step(n.say("step.shrinks"), n.say("shrinks", Long.toString(window)), List.of("RFC 9293 §3.8.6"), packetId);
            } else if (window == 0 && !zeroNarrated) {
                zeroNarrated = true;
                resumeNarrated = false;
                updateNarrated = false;
                rig.step(n.say("step.zero"), n.say("zero"), List.of("RFC 9293 §3.8.6.1"), packetId);
            } else if (window > 0 && zeroNarrated && !resumeNarrated) {
                resumeNarrated = true;
                zeroNarrated = false;
                rig.step(n.say("step.reopens"), n.say("reopens", Long.toString(window)),
                        List.of("RFC 9293 §3.8.6.1"), packetId);
            }
            lastAdvertised = window;
        }
    }

    private void write() {
        if (written < file.length && client.state() == TcpState.ESTABLISHED) {
            byte[] rest = java.util.Arrays.copyOfRange(file, written, file.length);
            written += client.send(rest);
            samples.sample(rig.sim.now());
        }
    }

    private void scheduleRead(long delay) {
        rig.sim.schedule(delay, this::read);
    }

    private void read() {
        long now = rig.sim.now();
        if (firstRead < 0) {
            firstRead = now;
        }
        long stallEnd = firstRead + SimTime.millis(scenario.stallSeconds() * 1000);
        boolean stalled = now > firstRead && now < stallEnd;
        if (!stalled) {
            long quantum = Math.max(1, Math.round(scenario.readRateKBps() * 1000 * READ_INTERVAL / 1e9));
            server.read(quantum);
        }
        samples.sample(now);
        if (server.deliveredBytes() >= file.length) {
            if (!done) {
                done = true;
                rig.step(n.say("step.done"), n.done(file.length, now), List.of("RFC 9293 §3.8.6"), -1);
            }
            return;
        }
        if (now >= stallEnd || now == firstRead) {
            scheduleRead(READ_INTERVAL);
        } else {
            scheduleRead(stallEnd - now);
        }
        if (now == firstRead && scenario.stallSeconds() > 0) {
            rig.step(n.say("step.stall"), n.stall(scenario.stallSeconds()),
                    List.of("RFC 9293 §3.8.6"), -1);
        }
    }
}
