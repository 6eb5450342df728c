package org.wirewise.model.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.export.PcapExport;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.SequenceGraph;
import org.wirewise.testing.Tshark;

/**
 * The tcptrace graph's data is what Wireshark reads from the same capture: a capture at the
 * sender, its segments' relative sequence numbers, lengths, times and retransmission flags, and
 * the receiver's ACKs with their acknowledgment number, scaled window and SACK blocks.
 */
class SequenceGraphTest {

    @TempDir
    Path dir;

    static Trace lifecycle(String drop) {
        LifecycleScenario d = LifecycleScenario.DEFAULTS;
        return LifecycleSimulator.simulate(new LifecycleScenario(d.rttMs(), d.bandwidthMbps(), d.seed(), d.closer(),
                d.mslSeconds(), d.responseBytes(), true, drop));
    }

    static Stream<Arguments> traces() {
        return Stream.of(
                Arguments.of("flow control", FlowControlSimulator.simulate(FlowControlScenario.DEFAULTS)),
                Arguments.of("head-of-line", HeadOfLineSimulator.simulate(HeadOfLineScenario.DEFAULTS)),
                Arguments.of("lifecycle losing #7 (SACK)", lifecycle("7")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traces")
    void segmentsAndAcksAreWhatTsharkReadsInTheSendersCapture(String name, Trace trace) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        SequenceGraph graph = SequenceGraph.of(trace).orElseThrow();
        Path pcap = Tshark.export(trace, graph.sender(), dir);
        List<PcapExport.Captured> captured = PcapExport.capturedAt(trace, graph.sender());
        long first = captured.get(0).time();
        List<String[]> rows = Tshark.fields(pcap, "ip.src", "frame.time_relative", "tcp.seq", "tcp.len",
                "tcp.flags.syn", "tcp.flags.fin", "tcp.analysis.retransmission", "tcp.flags.ack", "tcp.ack",
                "tcp.window_size", "tcp.options.sack_le", "tcp.options.sack_re");
        int sentFirst = 0;
        while (!captured.get(sentFirst).packet().from().equals(graph.sender())) {
            sentFirst++;
        }
        String senderAddress = rows.get(sentFirst)[0];
        List<String> wiresharkSegments = new ArrayList<>();
        List<String> wiresharkAcks = new ArrayList<>();
        for (String[] r : rows) {
            boolean fromSender = r[0].equals(senderAddress);
            int len = Integer.parseInt(r[3]);
            boolean syn = r[4].equals("1") || r[4].equals("True");
            boolean fin = r[5].equals("1") || r[5].equals("True");
            if (fromSender && (len > 0 || syn || fin)) {
                wiresharkSegments.add(String.join(" ", micros(r[1]), r[2], String.valueOf(len), String.valueOf(!r[6].isEmpty())));
            } else if (!fromSender && (r[7].equals("1") || r[7].equals("True"))) {
                long ack = Long.parseLong(r[8]);
                long edge = ack + Long.parseLong(r[9]);
                wiresharkAcks.add(String.join(" ", micros(r[1]), r[8], String.valueOf(edge), sack(r[10], r[11])));
            }
        }
        List<String> ours = graph.segments().stream().map(s -> String.join(" ", micros(s.time(), first),
                String.valueOf(s.seq()), String.valueOf(s.payload()), String.valueOf(s.retransmission()))).toList();
        List<String> ourAcks = graph.acks().stream().map(a -> String.join(" ", micros(a.time(), first),
                String.valueOf(a.ack()), String.valueOf(a.windowEdge()), sack(a.sack()))).toList();
        assertThat(ours).as("segments: time µs, seq, len, retransmission").containsExactlyElementsOf(wiresharkSegments);
        assertThat(ourAcks).as("ACKs: time µs, ack, window edge, SACK").containsExactlyElementsOf(wiresharkAcks);
    }

    @Test
    void aLostSegmentIsMarkedLostAndItsResendARetransmissionCoveringTheSameBytes() {
        SequenceGraph graph = SequenceGraph.of(HeadOfLineSimulator.simulate(HeadOfLineScenario.DEFAULTS)).orElseThrow();
        SequenceGraph.Segment lost = graph.segments().stream().filter(SequenceGraph.Segment::lost).findFirst().orElseThrow();
        assertThat(graph.segments()).anyMatch(s -> s.retransmission() && s.seq() == lost.seq() && s.end() == lost.end()
                && s.time() > lost.time());
        // The ACK line never passes data that was not delivered before the resend.
        SequenceGraph.Segment resend = graph.segments().stream()
                .filter(s -> s.retransmission() && s.seq() == lost.seq()).findFirst().orElseThrow();
        assertThat(graph.acks()).filteredOn(a -> a.time() < resend.time()).allSatisfy(a -> assertThat(a.ack()).isLessThanOrEqualTo(lost.seq()));
    }

    @Test
    void aZeroWindowShowsAsTheWindowEdgeMeetingTheAckLine() {
        SequenceGraph graph = SequenceGraph.of(FlowControlSimulator.simulate(FlowControlScenario.DEFAULTS)).orElseThrow();
        assertThat(graph.acks()).anyMatch(a -> a.windowEdge() == a.ack() && a.ack() > 1);
    }

    private static String micros(String seconds) {
        return String.valueOf(Math.round(Double.parseDouble(seconds) * 1e6));
    }

    /** A capture time relative to the first, as pcap's whole microseconds give it. */
    private static String micros(long nanos, long first) {
        return String.valueOf(nanos / 1000 - first / 1000);
    }

    private static String sack(String lefts, String rights) {
        if (lefts.isEmpty()) {
            return "-";
        }
        String[] l = lefts.split(",");
        String[] r = rights.split(",");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < l.length; i++) {
            b.append(String.format(Locale.ROOT, "[%s,%s)", l[i], r[i]));
        }
        return b.toString();
    }

    private static String sack(List<long[]> blocks) {
        if (blocks.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        for (long[] x : blocks) {
            b.append(String.format(Locale.ROOT, "[%d,%d)", x[0], x[1]));
        }
        return b.toString();
    }
}
