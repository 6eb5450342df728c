package org.wirewise.model.tcp;

import org.wirewise.model.transport.SequenceNumbers;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpEndpoint;
import org.wirewise.model.transport.TcpEvent;
import org.wirewise.model.transport.TcpState;
import org.wirewise.model.transport.TcpTuning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;

/**
 * Head-of-line blocking: TCP delivers bytes only in order, so one lost segment holds back every
 * later message that has already arrived until the retransmission fills the hole.
 */
public final class HeadOfLineSimulator {

    public static final String LESSON_ID = "head-of-line";
    public static final int SERVER_PORT = 7000;
    /** The per-message timeline each step carries: columns message, sent, arrived, delivered (ns). */
    public static final TableKey TIMELINE = TableKey.of("message-timeline");

    private final HeadOfLineScenario scenario;
    private final TcpRig rig;
    private final TcpEndpoint client;
    private final TcpEndpoint server;
    private final BufferSamples samples;
    private final long[] sent;
    private final long[] arrived;
    private final long[] delivered;
    private boolean lostOnce;
    private final HeadOfLineNarration n;

    public static Trace simulate(HeadOfLineScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(HeadOfLineScenario scenario, Locale language) {
        return new HeadOfLineSimulator(scenario, language).run();
    }

    private HeadOfLineSimulator(HeadOfLineScenario s, Locale language) {
        if (s.messages() < 1 || s.messages() > 200) {
            throw new IllegalArgumentException("messages: expected 1 to 200, got " + s.messages());
        }
        if (s.messageBytes() < 1 || s.messageBytes() > TcpConfig.ETHERNET_SEGMENT_DATA) {
            throw new IllegalArgumentException("messageBytes: expected 1 to " + TcpConfig.ETHERNET_SEGMENT_DATA
                    + " (one segment: the MSS of 1460 less 12 bytes of timestamps), got "
                    + s.messageBytes());
        }
        if (s.lostMessage() < 0 || s.lostMessage() > s.messages()) {
            throw new IllegalArgumentException("lostMessage: expected 0 (none) to " + s.messages() + ", got "
                    + s.lostMessage());
        }
        this.scenario = s;
        this.n = new HeadOfLineNarration(language);
        TcpConfig config = new TcpConfig(1460, true, 7, true, true, TcpConfig.linuxInitialWindow(1460));
        // A send buffer that holds the whole stream, yet small enough for its bar to show the bytes in flight.
        TcpTuning sender = TcpTuning.DEFAULTS.withSendBuffer(
                Math.max(16 * 1024, (long) s.messages() * s.messageBytes()));
        this.rig = new TcpRig(LESSON_ID, s.seed(), s.rttMs(), s.bandwidthMbps(), SERVER_PORT, config, sender, config.withLinuxListenerWindow(),
                TcpTuning.DEFAULTS, DropList.parse(s.drop()), List.of(), language);
        this.client = rig.client.endpoint;
        this.server = rig.server.endpoint;
        this.samples = new BufferSamples(client, server, rig.texts());
        this.sent = new long[s.messages()];
        this.arrived = new long[s.messages()];
        this.delivered = new long[s.messages()];
        Arrays.fill(sent, -1);
        Arrays.fill(arrived, -1);
        Arrays.fill(delivered, -1);
        rig.setExtraTables(() -> List.of(samples.table(), timeline()));
        rig.setExtraFacts(() -> List.of(samples.history(), MessageTimeline.of("TCP", sent, arrived, delivered)));
        rig.setExtraLoss((side, seg) -> {
            if (side != rig.client || lostOnce || s.lostMessage() == 0 || seg.payload().length == 0) {
                return false;
            }
            boolean hit = messageOf(client, seg.sequenceNumber()) == s.lostMessage() - 1;
            lostOnce |= hit;
            return hit;
        });
        LossNarration loss = new LossNarration(rig);
        client.setListener(e -> loss.onEvent(rig.client, e));
        server.setListener(e -> {
            if (e.kind() == TcpEvent.Kind.OUT_OF_ORDER) {
                rig.server.markDuplicateAck();
            }
            loss.onEvent(rig.server, e);
        });
        rig.onArrival(this::onArrival);
    }

    private int messageOf(TcpEndpoint sender, long seq) {
        return (int) (SequenceNumbers.distance(SequenceNumbers.add(sender.iss(), 1), seq) / scenario.messageBytes());
    }

    private Table timeline() {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < sent.length; i++) {
            rows.add(Table.Row.of(Integer.toString(i + 1), cell(sent[i]), cell(arrived[i]), cell(delivered[i])));
        }
        return new Table(TIMELINE, n.say("table.timeline"), rig.messageColumns(), rows);
    }

    private static String cell(long t) {
        return t < 0 ? "" : Long.toString(t);
    }

    private Trace run() {
        server.listen();
        client.connect(SERVER_PORT);
        samples.sample(0);
        rig.step(n.say("step.stream", Integer.toString(scenario.messages())), n.stream(scenario.messageBytes(),
                SimTime.millis(scenario.intervalMs()), scenario.lostMessage()), List.of("RFC 9293 §3.10.7.4"),
                rig.client.lastPacket());
        rig.sim.run();
        rig.trace.series(samples.series());
        return rig.build();
    }

    private void onArrival(TcpRig.Side at, TcpSegment seg, int packetId, TcpState before) {
        if (at == rig.client && before == TcpState.SYN_SENT) {
            for (int i = 0; i < sent.length; i++) {
                int index = i;
                rig.sim.schedule(SimTime.millis(scenario.intervalMs() * i), () -> sendMessage(index));
            }
            return;
        }
        if (at != rig.server || seg.payload().length == 0) {
            samples.sample(rig.sim.now());
            return;
        }
        int m = messageOf(client, seg.sequenceNumber());
        boolean retransmission = arrived[m] >= 0;
        if (!retransmission) {
            arrived[m] = rig.sim.now();
        }
        long now = rig.sim.now();
        long total = server.deliveredBytes();
        List<Integer> freed = new ArrayList<>();
        for (int i = 0; i < delivered.length; i++) {
            if (delivered[i] < 0 && total >= (long) (i + 1) * scenario.messageBytes()) {
                delivered[i] = now;
                freed.add(i + 1);
            }
        }
        samples.sample(now);
        String title;
        String text;
        if (freed.isEmpty()) {
            title = n.say("step.waits", Integer.toString(m + 1));
            text = n.say("waits", Integer.toString(m + 1));
        } else if (freed.size() > 1) {
            title = n.say("step.burst", Integer.toString(freed.get(0)), Integer.toString(freed.get(freed.size() - 1)));
            text = n.burst(freed.size(), now);
        } else {
            title = n.say("step.delivered", Integer.toString(m + 1));
            text = n.say(retransmission ? "delivered.retransmission" : "delivered");
        }
        rig.step(title, text, List.of("RFC 9293 §3.10.7.4", "RFC 9000 §2.2"), packetId);
    }

    private void sendMessage(int index) {
        byte[] message = new byte[scenario.messageBytes()];
        Arrays.fill(message, (byte) ('A' + index % 26));
        sent[index] = rig.sim.now();
        client.send(message);
        samples.sample(rig.sim.now());
    }
}
