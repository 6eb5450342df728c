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

    public static Trace simulate(FlowControlScenario scenario) {
        return new FlowControlSimulator(scenario).run();
    }

    private FlowControlSimulator(FlowControlScenario s) {
        if (s.receiveBuffer() < 1024 || s.receiveBuffer() > 8 << 20) {
            throw new IllegalArgumentException("receiveBuffer: expected 1024 to 8388608 bytes, got "
                    + s.receiveBuffer());
        }
        if (s.transferBytes() < 1 || s.transferBytes() > 4_000_000) {
            throw new IllegalArgumentException("transferBytes: expected 1 to 4000000 bytes, got " + s.transferBytes());
        }
        this.scenario = s;
        TcpConfig clientConfig = new TcpConfig(1460, s.windowScaling(), 7, true, true,
                TcpConfig.linuxInitialWindow(1460));
        TcpConfig serverConfig = new TcpConfig(1460, s.windowScaling(), 7, true, true, s.receiveBuffer());
        TcpTuning sendTuning = TcpTuning.DEFAULTS.withSendBuffer(64 * 1024);
        this.rig = new TcpRig(LESSON_ID, s.seed(), s.rttMs(), s.bandwidthMbps(), SERVER_PORT, clientConfig,
                sendTuning, serverConfig, TcpTuning.DEFAULTS.withAutoRead(false), DropList.parse(s.drop()));
        this.client = rig.client.endpoint;
        this.server = rig.server.endpoint;
        this.samples = new BufferSamples(client, server);
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
                rig.sim.schedule(0, () -> rig.step("The application reads: a window update",
                        "The server's application has read enough to free " + e.value() + " bytes. Receiver "
                                + "silly-window avoidance waits until at least min(buffer / 2, MSS) is free before "
                                + "it opens the window again, so it does not advertise a few bytes at a time. "
                                + "Because the client may be sitting on a zero window, the server tells it at once "
                                + "with an ACK that acknowledges nothing new and carries the new window: a window "
                                + "update.", List.of("RFC 9293 §3.8.6.2.2"), rig.server.lastPacket()));
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
        rig.step("The client connects to send " + scenario.transferBytes() + " bytes", "The client will send a "
                + "file to the server, whose application reads it at " + fmt(scenario.readRateKBps()) + " kB/s and "
                + "then stops reading for " + fmt(scenario.stallSeconds()) + " s. The server's receive buffer holds "
                + scenario.receiveBuffer() + " bytes; the window it advertises is the free space in that buffer. "
                + bdpSentence(bdp), List.of("RFC 9293 §3.8.6", "RFC 7323 §1.1"), rig.client.lastPacket());
        rig.sim.run();
        rig.trace.series(samples.series());
        return rig.build();
    }

    /** The bandwidth-delay product in bytes: rate (Mb/s) × round-trip time (ms), rounded. */
    public static long bdpBytes(double bandwidthMbps, double rttMs) {
        return Math.round(bandwidthMbps * 1e6 / 8 * rttMs / 1000);
    }

    private String bdpSentence(long bdp) {
        String base = "The bandwidth-delay product is " + fmt(scenario.bandwidthMbps()) + " Mb/s × "
                + fmt(scenario.rttMs())
                + " ms = " + bdp + " bytes: the data that must be in flight to keep the path busy. ";
        if (bdp <= 65535) {
            return base + "That fits in the 16-bit window field (65,535 bytes), so window scaling is not needed for "
                    + "this path.";
        }
        return base + "That exceeds the 16-bit window field's 65,535 bytes, so without window scaling the sender "
                + "could never have more than 64 KiB in flight and would reach at most "
                + fmt(65535 * 8 / (scenario.rttMs() / 1000) / 1e6) + " Mb/s. "
                + (scenario.windowScaling() ? "Window scaling is on: each window field is "
                + "multiplied by 2^7 = 128." : "Window scaling is off here, so that is this connection's ceiling.");
    }

    private void onArrival(TcpRig.Side at, TcpSegment seg, int packetId, TcpState before) {
        samples.sample(rig.sim.now());
        if (at == rig.client && before == TcpState.SYN_SENT && client.state() == TcpState.ESTABLISHED) {
            rig.step("ESTABLISHED: the application writes", "The handshake is done; the client's application "
                    + "writes the file into its send buffer (" + client.sendBufferSize() + " bytes; write() blocks "
                    + "when it is full). TCP may have min(cwnd, advertised window) bytes unacknowledged: "
                    + "min(" + client.congestionWindow() + ", " + client.sndWnd() + ") now.",
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
                rig.step("The advertised window shrinks", "Data arrives faster than the application reads it, so "
                        + "unread bytes pile up in the server's receive buffer and the window it advertises, the free "
                        + "space, shrinks: " + window + " bytes in this ACK. The client may have at most that much "
                        + "unacknowledged data beyond SND.UNA.", List.of("RFC 9293 §3.8.6"), packetId);
            } else if (window == 0 && !zeroNarrated) {
                zeroNarrated = true;
                resumeNarrated = false;
                updateNarrated = false;
                rig.step("Zero window: the sender must stop", "The server's buffer is full: it advertises a window of "
                        + "0 (Wireshark marks it \"TCP ZeroWindow\"). The client may not send any new data. So that "
                        + "a lost window update cannot deadlock the connection, it starts its persist timer and will "
                        + "probe the window when it expires.", List.of("RFC 9293 §3.8.6.1"), packetId);
            } else if (window > 0 && zeroNarrated && !resumeNarrated) {
                resumeNarrated = true;
                zeroNarrated = false;
                rig.step("The window reopens: sending resumes", "The window update reaches the client: the window is "
                        + window + " bytes again, the persist timer stops and new data flows.",
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
                rig.step("The whole file has been read", "All " + file.length + " bytes have reached the server's "
                        + "application, in order, after " + SimTime.format(now) + ". However fast the network, the "
                        + "transfer could go no faster than the receiving application read: flow control made the "
                        + "sender wait instead of overflowing the receiver's buffer.", List.of("RFC 9293 §3.8.6"), -1);
            }
            return;
        }
        if (now >= stallEnd || now == firstRead) {
            scheduleRead(READ_INTERVAL);
        } else {
            scheduleRead(stallEnd - now);
        }
        if (now == firstRead && scenario.stallSeconds() > 0) {
            rig.step("The application stops reading", "After its first read the server's application gets busy and "
                    + "stops reading for " + fmt(scenario.stallSeconds()) + " s. TCP keeps accepting data into the "
                    + "receive buffer as long as there is room, and each ACK advertises what room is left.",
                    List.of("RFC 9293 §3.8.6"), -1);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
