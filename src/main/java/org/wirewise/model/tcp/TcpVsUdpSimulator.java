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
import java.util.Set;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.UdpSocket;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.Variable;

/**
 * The same stream of audio frames over TCP and over UDP at the same moments, with the same frames
 * lost: TCP delivers every frame in order but late; UDP delivers on time with gaps.
 */
public final class TcpVsUdpSimulator {

    public static final String LESSON_ID = "tcp-vs-udp";
    public static final int TCP_PORT = 5004;
    public static final int UDP_PORT = 5004;
    public static final String UDP_SENDER = "udp-sender";
    public static final String UDP_RECEIVER = "udp-receiver";

    private final TcpVsUdpScenario scenario;
    private final Set<Integer> lost;
    private final TcpRig rig;
    private final TcpEndpoint client;
    private final TcpEndpoint server;
    private final Host udpSender = new Host(UDP_SENDER, MacAddress.of("02:00:00:00:00:1a"), Host.literal("192.0.2.11"));
    private final Host udpReceiver = new Host(UDP_RECEIVER, MacAddress.of("02:00:00:00:00:5a"),
            Host.literal("198.51.100.81"));
    private final long[] sent;
    private final long[] tcpArrived;
    private final long[] tcpDelivered;
    private final long[] udpArrived;
    private final boolean[] tcpLostOnce;
    private final java.util.Map<Integer, Integer> frameOf = new java.util.HashMap<>();
    private UdpSocket udpOut;
    /** The frame a datagram being sent carries; its number and label are given as it goes on the wire. */
    private int sending;
    private int udpDatagrams;
    private int udpReceived;
    private final TcpVsUdpNarration words;

    public static Trace simulate(TcpVsUdpScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(TcpVsUdpScenario scenario, Locale language) {
        return new TcpVsUdpSimulator(scenario, language).run();
    }

    private TcpVsUdpSimulator(TcpVsUdpScenario s, Locale language) {
        if (s.messages() < 1 || s.messages() > 200) {
            throw new IllegalArgumentException("messages: expected 1 to 200, got " + s.messages());
        }
        if (s.messageBytes() < 1 || s.messageBytes() > TcpConfig.ETHERNET_SEGMENT_DATA) {
            throw new IllegalArgumentException("messageBytes: expected 1 to " + TcpConfig.ETHERNET_SEGMENT_DATA
                    + " (one segment: the MSS of 1460 less 12 bytes of timestamps), got "
                    + s.messageBytes());
        }
        this.lost = parseLost(s.lostMessages(), s.messages());
        this.scenario = s;
        this.words = new TcpVsUdpNarration(language);
        TcpConfig config = new TcpConfig(1460, true, 7, true, true, TcpConfig.linuxInitialWindow(1460));
        this.rig = new TcpRig(LESSON_ID, s.seed(), s.rttMs(), s.bandwidthMbps(), TCP_PORT, config, TcpTuning.DEFAULTS,
                config.withLinuxListenerWindow(), TcpTuning.DEFAULTS, DropList.parse(s.drop()), List.of(
                new Lane(UDP_SENDER, words.say("lane.udpSender"), "192.0.2.11:" + UDP_PORT),
                new Lane(UDP_RECEIVER, words.say("lane.udpReceiver"), "198.51.100.81:" + UDP_PORT)), language);
        this.client = rig.client.endpoint;
        this.server = rig.server.endpoint;
        buildUdpPath(s);
        int n = s.messages();
        sent = filled(n);
        tcpArrived = filled(n);
        tcpDelivered = filled(n);
        udpArrived = filled(n);
        tcpLostOnce = new boolean[n];
        rig.setExtraNodes(this::udpNodes);
        rig.setExtraTables(() -> List.of(timeline("message-timeline", "TCP", tcpArrived, tcpDelivered),
                timeline("message-timeline-udp", "UDP", udpArrived, udpArrived)));
        // The play-out deadline is the lesson's point: the view draws it on both timelines.
        long playout = SimTime.millis(scenario.playoutMs());
        rig.setExtraFacts(() -> List.of(MessageTimeline.of("TCP", sent, tcpArrived, tcpDelivered).withPlayout(playout),
                MessageTimeline.of("UDP", sent, udpArrived, udpArrived).withPlayout(playout)));
        rig.setExtraLoss((side, seg) -> {
            if (side != rig.client || seg.payload().length == 0) {
                return false;
            }
            int m = messageOf(seg.sequenceNumber());
            if (lost.contains(m + 1) && !tcpLostOnce[m]) {
                tcpLostOnce[m] = true;
                return true;
            }
            return false;
        });
        LossNarration loss = new LossNarration(rig);
        client.setListener(e -> loss.onEvent(rig.client, e));
        server.setListener(e -> {
            if (e.kind() == TcpEvent.Kind.OUT_OF_ORDER) {
                rig.server.markDuplicateAck();
            }
        });
        rig.onArrival(this::onTcpArrival);
    }

    static Set<Integer> parseLost(String text, int messages) {
        Set<Integer> numbers;
        try {
            numbers = DropList.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^drop:", "lostMessages:")
                    .replace("packet numbers", "frame numbers"));
        }
        for (int m : numbers) {
            if (m > messages) {
                throw new IllegalArgumentException("lostMessages: frames run from 1 to " + messages + ", got " + m);
            }
        }
        return numbers;
    }

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, -1);
        return a;
    }

    private int messageOf(long seq) {
        return (int) (SequenceNumbers.distance(SequenceNumbers.add(client.iss(), 1), seq) / scenario.messageBytes());
    }

    private Table timeline(String id, String title, long[] arrived, long[] delivered) {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < sent.length; i++) {
            rows.add(Table.Row.of(Integer.toString(i + 1), cell(sent[i]), cell(arrived[i]), cell(delivered[i]),
                    cell(sent[i] < 0 ? -1 : deadline(i))));
        }
        // The play-out deadline is the lesson's point: a frame delivered after it is as good as lost.
        List<String> columns = new ArrayList<>(rig.messageColumns());
        columns.add(words.say("column.deadline"));
        return new Table(id, title, columns, rows);
    }

    /** "Frame 5 is lost on both paths.", "Frames 5 and 7 are …", or that none is. */
    private String lostSentence() {
        return words.lost(lost.stream().sorted().map(String::valueOf).toList());
    }

    private static String cell(long t) {
        return t < 0 ? "" : Long.toString(t);
    }

    private Trace run() {
        server.listen();
        client.connect(TCP_PORT);
        rig.step(words.say("step.start"), words.say("start", Integer.toString(scenario.messageBytes()),
                words.ms(scenario.intervalMs()), words.ms(scenario.playoutMs()), lostSentence()),
                List.of("RFC 768", "RFC 9293 §3.5"), rig.client.lastPacket());
        rig.sim.run();
        return rig.build();
    }

    private List<NodeState> udpNodes() {
        return List.of(new NodeState(UDP_SENDER, words.say("state.sending"), List.of(new Variable(
                        words.say("variable.sent"), Integer.toString(udpDatagrams)))),
                new NodeState(UDP_RECEIVER, words.say("state.receiving"), List.of(new Variable(
                        words.say("variable.received"), Integer.toString(udpReceived)))));
    }

    private void onTcpArrival(TcpRig.Side at, TcpSegment seg, int packetId, TcpState before) {
        if (at == rig.client && before == TcpState.SYN_SENT) {
            for (int i = 0; i < sent.length; i++) {
                int index = i;
                rig.sim.schedule(SimTime.millis(scenario.intervalMs() * i), () -> sendFrame(index));
            }
            return;
        }
        if (at != rig.server || seg.payload().length == 0) {
            return;
        }
        int m = messageOf(seg.sequenceNumber());
        long now = rig.sim.now();
        if (tcpArrived[m] < 0) {
            tcpArrived[m] = now;
        }
        List<Integer> freed = new ArrayList<>();
        for (int i = 0; i < sent.length; i++) {
            if (tcpDelivered[i] < 0 && server.deliveredBytes() >= (long) (i + 1) * scenario.messageBytes()) {
                tcpDelivered[i] = now;
                freed.add(i + 1);
            }
        }
        long late = freed.stream().filter(f -> now > deadline(f - 1)).count();
        if (tcpDelivered[sent.length - 1] >= 0 && !freed.isEmpty()) {
            rig.sim.schedule(0, this::summary);
        }
        if (freed.isEmpty()) {
            rig.step(words.say("step.tcpWaits", Integer.toString(m + 1)), words.say("tcpWaits", Integer.toString(m + 1)),
                    List.of("RFC 9293 §3.10.7.4"), packetId);
        } else if (late > 0) {
            rig.step(words.say("step.tcpLate", Integer.toString(freed.get(0)),
                    Integer.toString(freed.get(freed.size() - 1)), Long.toString(late)),
                    words.say("tcpLate", Long.toString(late)), List.of("RFC 9293 §3.10.7.4"),
                    packetId);
        }
    }

    private long deadline(int m) {
        return sent[m] + SimTime.millis(scenario.playoutMs());
    }

    private void sendFrame(int index) {
        byte[] frame = new byte[scenario.messageBytes()];
        Arrays.fill(frame, (byte) (index & 0x7F));
        sent[index] = rig.sim.now();
        client.send(frame);
        sendDatagram(index, frame);
    }

    /** The UDP pair on the same network: their own cable, as fast and as long as the TCP pair's. */
    private void buildUdpPath(TcpVsUdpScenario s) {
        Network net = rig.network;
        HostNode sender = net.host(UDP_SENDER);
        HostNode receiver = net.host(UDP_RECEIVER);
        sender.addInterface("eth0", udpSender.mac(), "192.0.2.11/24");
        receiver.addInterface("eth0", udpReceiver.mac(), "198.51.100.81/24");
        sender.route("198.51.100.81/32", sender.iface("eth0"));
        receiver.route("192.0.2.11/32", receiver.iface("eth0"));
        net.connect(sender.iface("eth0"), receiver.iface("eth0"), Cable.Spec.of(s.bandwidthMbps(), s.rttMs() / 2));
        net.onSend((node, packet) -> {
            if (node == sender) {
                int number = rig.countPacket();
                if (lost.contains(sending + 1) || rig.drops(number)) {
                    packet.loseInTransit();
                }
                packet.setLabel("#" + number + " UDP frame " + (sending + 1) + " len=" + scenario.messageBytes());
            }
        });
        net.observe(t -> {
            if (t.from().node() == sender) {
                int id = rig.trace.packet(UDP_SENDER, UDP_RECEIVER, t.start(), t.arrival(), t.fate(),
                        t.packet().label(), t.packet().frame());
                t.packet().setTraceId(id);
                frameOf.put(id, sending);
            }
        });
        udpOut = sender.udp().bind(UDP_PORT);
        receiver.udp().bind(UDP_PORT).onReceive(r -> udpArrived(frameOf.get(r.packet().traceId()),
                r.packet().traceId()));
    }

    private void sendDatagram(int index, byte[] payload) {
        sending = index;
        udpDatagrams++;
        udpOut.sendTo(udpReceiver.address(), UDP_PORT, payload);
    }

    private void udpArrived(int index, int id) {
        udpArrived[index] = rig.sim.now();
        udpReceived++;
        if (index == 0 || lost.contains(index)) {
            rig.step(words.say("step.udpOnTime", Integer.toString(index + 1)), words.say("udpOnTime",
                    words.ms(scenario.rttMs() / 2),
                    lost.contains(index) ? words.say("udpOnTime.gap", Integer.toString(index)) : ""),
                    List.of("RFC 768"), id);
        }
    }

    private void summary() {
        int tcpOnTime = 0;
        int udpOnTime = 0;
        for (int i = 0; i < sent.length; i++) {
            if (tcpDelivered[i] >= 0 && tcpDelivered[i] <= deadline(i)) {
                tcpOnTime++;
            }
            if (udpArrived[i] >= 0 && udpArrived[i] <= deadline(i)) {
                udpOnTime++;
            }
        }
        int tcpHeader = tcpHeaderBytes();
        rig.step(words.say("step.summary"), words.say("summary", Integer.toString(sent.length),
                Integer.toString(tcpOnTime), Integer.toString(udpOnTime), Integer.toString(tcpHeader),
                Integer.toString(tcpHeader - 20)),
                List.of("RFC 768", "RFC 9293 §3.1", "RFC 3550"), -1);
    }

    /** A data segment's TCP header length as it stands in the captured bytes: the data offset × 4. */
    private int tcpHeaderBytes() {
        for (var p : rig.trace.build().packets()) {
            byte[] frame = p.frame();
            int ip = EthernetFrame.HEADER_LENGTH;
            int l4 = ip + (frame[ip] & 0x0F) * 4;
            if (frame[ip + 9] == 6 && frame.length > l4 + TcpSegment.MIN_HEADER_LENGTH) {
                int dataOffset = (frame[l4 + 12] >> 4 & 0x0F) * 4;
                if (frame.length - l4 - dataOffset > 0) {
                    return dataOffset;
                }
            }
        }
        return TcpSegment.MIN_HEADER_LENGTH;
    }
}
