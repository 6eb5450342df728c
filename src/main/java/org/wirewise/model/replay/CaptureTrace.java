package org.wirewise.model.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.pcap.LinkType;
import org.wirewise.model.sim.Link;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * A conversation of a capture as a trace the player steps through: its two endpoints are the
 * lanes, every frame is a packet with its captured bytes and time, and steps mark what happened
 * ({@link CaptureSteps}). The capture saw each packet at one point; the packet is drawn leaving
 * (or reaching) the capturing side at that moment, and crossing in half the round trip seen there.
 */
public final class CaptureTrace {

    /** The trace's lesson id: a replayed capture, not a registered lesson. */
    public static final String ID = "capture";
    public static final String LANE_A = "a";
    public static final String LANE_B = "b";

    private CaptureTrace() {
    }

    public static Trace of(OpenedCapture capture, Conversation conversation) {
        return of(capture, conversation, 0);
    }

    /** @param intervalNanos the throughput graph's interval, 0 for {@link CaptureGraphs#interval automatic} */
    public static Trace of(OpenedCapture capture, Conversation conversation, long intervalNanos) {
        return of(capture, conversation, intervalNanos, Locale.ENGLISH);
    }

    /**
     * The conversation with its steps' words in {@code language}; the packets, their labels (Wireshark's
     * notation) and the graphs are the same in every language.
     */
    public static Trace of(OpenedCapture capture, Conversation conversation, long intervalNanos, Locale language) {
        CaptureNarration words = new CaptureNarration(language);
        List<TcpSegmentAnalysis> analysis = conversation.protocol() == Frame.TCP
                ? TcpAnalysis.of(conversation) : List.of();
        Roles roles = Roles.of(conversation, analysis);
        List<Lane> lanes = List.of(new Lane(LANE_A, roles.title(true, words), conversation.a().toString()),
                new Lane(LANE_B, roles.title(false, words), conversation.b().toString()));
        TraceBuilder trace = new TraceBuilder(ID, lanes);
        long oneWay = roles.oneWayNanos();
        List<Long> captured = new ArrayList<>();
        int tcpIndex = 0;
        int n = conversation.frames().size();
        long[] sent = new long[n];
        long[] arrives = new long[n];
        TcpSegmentAnalysis[] byIndex = new TcpSegmentAnalysis[n];
        for (int i = 0; i < n; i++) {
            Frame f = conversation.frames().get(i);
            boolean fromA = conversation.fromA(f);
            long at = oneWay + f.nanos() - conversation.firstNanos();
            boolean fromCapturingSide = fromA == roles.capturedAtA();
            long sentAt = fromCapturingSide ? at : at - oneWay;
            TcpSegmentAnalysis a = f.isTcp() ? analysis.get(tcpIndex++) : null;
            byIndex[i] = a;
            sent[i] = Math.max(0, sentAt);
            arrives[i] = sent[i] + oneWay;
            trace.packet(fromA ? LANE_A : LANE_B, fromA ? LANE_B : LANE_A, sent[i], arrives[i],
                    Link.Fate.DELIVERED, label(f, a), ethernet(capture, f));
            captured.add(at);
        }
        new CaptureSteps(capture, conversation, analysis, roles, captured, words).addTo(trace);
        if (conversation.protocol() == Frame.TCP) {
            CaptureGraphs.addTo(trace, conversation, byIndex, sent, arrives,
                    CaptureGraphs.interval(intervalNanos, conversation.durationNanos()));
        }
        return trace.build();
    }

    /** The frame's bytes as Ethernet II, the link type every trace packet has. */
    private static byte[] ethernet(OpenedCapture capture, Frame f) {
        byte[] data = capture.capture().data(f.number() - 1);
        if (capture.capture().linkType() == LinkType.ETHERNET) {
            return data;
        }
        int ip = data.length - ipLength(capture.capture().linkType(), data);
        byte[] frame = new byte[14 + data.length - ip];
        // Locally administered addresses: the capture had no Ethernet header to keep.
        frame[0] = 0x02;
        frame[5] = (byte) (f.source().address().equals(f.destination().address()) ? 1 : 2);
        frame[6] = 0x02;
        frame[11] = 1;
        boolean v6 = (data[ip] & 0xF0) == 0x60;
        frame[12] = (byte) (v6 ? 0x86 : 0x08);
        frame[13] = (byte) (v6 ? 0xDD : 0x00);
        System.arraycopy(data, ip, frame, 14, data.length - ip);
        return frame;
    }

    /** Bytes from the IP header to the end of the captured frame. */
    private static int ipLength(int linkType, byte[] data) {
        int header = switch (linkType) {
            case LinkType.NULL, LinkType.LOOP -> 4;
            case LinkType.LINUX_SLL -> 16;
            case LinkType.LINUX_SLL2 -> 20;
            default -> 0;
        };
        return data.length - header;
    }

    /** "[SYN, ACK] seq=0 ack=1 win=65535 len=0", with Wireshark's analysis in brackets first. */
    static String label(Frame f, TcpSegmentAnalysis a) {
        if (a == null) {
            String what = f.protocol() == Frame.UDP ? "UDP" : f.protocol() == Frame.ICMP ? "ICMP"
                    : f.protocol() == Frame.ICMPV6 ? "ICMPv6" : "IP proto " + f.protocol();
            return what + " len=" + f.payloadLength();
        }
        TcpHeader h = f.tcp();
        StringBuilder flags = new StringBuilder();
        String[] names = {"FIN", "SYN", "RST", "PSH", "ACK"}; // Wireshark's order: lowest bit first
        for (int bit = 0; bit < names.length; bit++) {
            if (h.has(1 << bit)) {
                flags.append(flags.isEmpty() ? "" : ", ").append(names[bit]);
            }
        }
        String mark = a.has(TcpAnalysisFlag.FAST_RETRANSMISSION) ? "Fast Retransmission "
                : a.isRetransmission() ? "Retransmission " : a.has(TcpAnalysisFlag.DUPLICATE_ACK)
                ? "Dup ACK #" + a.duplicateAckNumber() + " " : a.has(TcpAnalysisFlag.ZERO_WINDOW) ? "Zero Window "
                : a.has(TcpAnalysisFlag.OUT_OF_ORDER) ? "Out-Of-Order " : "";
        return (mark.isEmpty() ? "" : "[" + mark.trim() + "] ") + "[" + flags + "] seq=" + a.relativeSeq()
                + (h.has(TcpHeader.ACK) ? " ack=" + a.relativeAck() : "") + " win=" + h.window()
                + " len=" + f.payloadLength();
    }

    /** Each endpoint's TCP state (or "—" for UDP and ICMP) and how many frames it has sent. */
    static Snapshot snapshot(String stateA, String stateB, int framesA, int framesB, CaptureNarration n) {
        String frames = n.text("variable.frames");
        return new Snapshot(List.of(
                new NodeState(LANE_A, stateA, List.of(new Variable(frames, Integer.toString(framesA)))),
                new NodeState(LANE_B, stateB, List.of(new Variable(frames, Integer.toString(framesB))))),
                List.of());
    }
}
