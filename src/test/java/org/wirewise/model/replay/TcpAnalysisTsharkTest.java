package org.wirewise.model.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.model.tcp.FlowControlScenario;
import org.wirewise.model.tcp.FlowControlSimulator;
import org.wirewise.model.tcp.LifecycleScenario;
import org.wirewise.model.tcp.LifecycleSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.testing.Tshark;

/**
 * The TCP analysis says what Wireshark says, frame by frame: relative sequence and
 * acknowledgment numbers, every {@code tcp.analysis} flag, the duplicate ACK count, and which
 * frame each ACK acknowledges with its RTT. Judged on the real captures and on lessons' exports
 * with a lost segment, a lost SYN and a stalled reader.
 */
class TcpAnalysisTsharkTest {

    private static final String[] FLAGS = Stream.of(TcpAnalysisFlag.values())
            .map(TcpAnalysisFlag::wiresharkField).toArray(String[]::new);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {TestCaptures.HTTP_SIMPLE_GET, TestCaptures.WEBSOCKET, TestCaptures.RETRANSMISSIONS,
            TestCaptures.TLS13, TestCaptures.NDPI_HTTP_PCAPNG})
    void theRealCapturesAnalyseAsWiresharkAnalysesThem(String file) throws Exception {
        assertMatchesTshark(TestCaptures.DIR.resolve(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "1", "16", "3"})
    void aLessonWithALossAnalysesAsWiresharkAnalysesIt(String drop) throws Exception {
        LifecycleScenario d = LifecycleScenario.DEFAULTS;
        Trace trace = LifecycleSimulator.simulate(new LifecycleScenario(d.rttMs(), d.bandwidthMbps(), d.seed(),
                d.closer(), d.mslSeconds(), d.responseBytes(), true, drop));
        assumeTrue(Tshark.available(), Tshark.MISSING);
        assertMatchesTshark(Tshark.export(trace, "server", dir));
        assertMatchesTshark(Tshark.export(trace, "client", dir));
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "server"})
    void aStalledReadersZeroWindowsAnalyseAsWiresharkAnalysesThem(String lane) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        assertMatchesTshark(Tshark.export(FlowControlSimulator.simulate(FlowControlScenario.DEFAULTS), lane, dir));
    }

    private static void assertMatchesTshark(Path pcap) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        List<String> expected = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of("frame.number", "tcp.seq", "tcp.ack",
                "tcp.analysis.duplicate_ack_num", "tcp.analysis.acks_frame", "tcp.analysis.ack_rtt"));
        names.addAll(List.of(FLAGS));
        for (String[] row : Tshark.matching(pcap, "tcp", names.toArray(String[]::new))) {
            StringBuilder flags = new StringBuilder();
            for (int i = 0; i < FLAGS.length; i++) {
                if (!row[6 + i].isEmpty()) {
                    flags.append(' ').append(FLAGS[i]);
                }
            }
            expected.add(line(row[0], row[1], row[2], row[3].isEmpty() ? "0" : row[3],
                    row[4].isEmpty() ? "0" : row[4], row[5], flags.toString()));
        }
        List<String> ours = new ArrayList<>();
        for (Conversation c : OpenedCapture.of(PcapReader.read(pcap)).conversations()) {
            for (TcpSegmentAnalysis a : TcpAnalysis.of(c)) {
                StringBuilder flags = new StringBuilder();
                for (TcpAnalysisFlag f : TcpAnalysisFlag.values()) {
                    if (a.has(f)) {
                        flags.append(' ').append(f.wiresharkField());
                    }
                }
                ours.add(line(Integer.toString(a.frame().number()), Long.toString(a.relativeSeq()),
                        Long.toString(a.relativeAck()), Integer.toString(a.duplicateAckNumber()),
                        Integer.toString(a.ackedFrame()),
                        // Wireshark leaves out an RTT of exactly 0 (an ACK the capturing host sent at once).
                        a.ackRttNanos() <= 0 ? "" : String.format(Locale.ROOT, "%.9f", a.ackRttNanos() / 1e9),
                        flags.toString()));
            }
        }
        ours.sort(null);
        expected.sort(null);
        assertThat(expected).as("tshark analysed TCP frames").isNotEmpty();
        assertThat(ours).containsExactlyElementsOf(expected);
    }

    private static String line(String frame, String seq, String ack, String dup, String acks, String rtt,
                               String flags) {
        return String.format("%5s seq=%s ack=%s dup=%s acks=%s rtt=%s%s", frame, seq, ack, dup, acks, rtt, flags);
    }
}
