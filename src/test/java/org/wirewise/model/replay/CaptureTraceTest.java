package org.wirewise.model.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.export.PcapExport;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.pcap.CapturedPacket;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/**
 * A capture replayed as a trace: every lesson's exported lane capture reopens with the same
 * packets (bytes, and times as the capture saw them), and real captures give the steps a learner
 * would look for, each marked as inferred.
 */
class CaptureTraceTest {

    private static final LessonCatalog CATALOG = org.wirewise.ui.catalog.LessonRegistry.standard().catalog();

    static List<String> lessons() {
        return CATALOG.all().stream().map(Lesson::id).toList();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyLessonsExportedCaptureReopensWithTheSamePackets(String id) throws Exception {
        Trace lesson = LessonSetup.defaults(CATALOG.require(id)).simulate();
        for (Lane lane : lesson.lanes()) {
            ByteArrayOutputStream pcap = new ByteArrayOutputStream();
            PcapExport.write(lesson, lane.id(), pcap);
            List<CapturedPacket> packets = PcapReader.read(new ByteArrayInputStream(pcap.toByteArray())).packets();
            OpenedCapture opened = OpenedCapture.of(PcapReader.read(new ByteArrayInputStream(pcap.toByteArray())));
            for (Conversation c : opened.conversations()) {
                Trace replay = CaptureTrace.of(opened, c);
                List<String> expected = new ArrayList<>();
                List<String> ours = new ArrayList<>();
                long first = packets.get(c.frames().get(0).number() - 1).timestampNanos();
                long offset = -1;
                for (int i = 0; i < c.frames().size(); i++) {
                    CapturedPacket p = packets.get(c.frames().get(i).number() - 1);
                    TracePacket t = replay.packets().get(i);
                    long seen = t.from().equals(capturingLane(replay)) ? t.sentAt() : t.arrivesAt();
                    offset = offset < 0 ? seen : offset;
                    expected.add(java.util.HexFormat.of().formatHex(p.data()) + " @" + (p.timestampNanos() - first));
                    ours.add(java.util.HexFormat.of().formatHex(t.frame()) + " @" + (seen - offset));
                }
                assertThat(ours).as(id + " at " + lane.id() + ", " + c.a() + " <-> " + c.b())
                        .containsExactlyElementsOf(expected);
                assertThat(replay.steps()).allMatch(s -> s.narration().endsWith(new CaptureNarration(java.util.Locale.ENGLISH).inferred()));
            }
        }
    }

    /** The lane the capture was placed at: the one whose packets leave when captured. */
    private static String capturingLane(Trace replay) {
        String narration = replay.step(0).narration();
        String a = replay.lane(CaptureTrace.LANE_A).title().toLowerCase(java.util.Locale.ROOT);
        return narration.contains("near the " + a) || narration.contains("at the " + a + ".")
                ? CaptureTrace.LANE_A : CaptureTrace.LANE_B;
    }

    @Test
    void aRealHandshakeRequestAndCloseBecomeSteps() throws Exception {
        OpenedCapture opened = OpenedCapture.of(TestCaptures.read(TestCaptures.HTTP_SIMPLE_GET));
        Trace trace = CaptureTrace.of(opened, opened.conversations().get(0));
        List<String> titles = trace.steps().stream().map(Step::title).toList();
        assertThat(titles).contains("The client opens: SYN", "The server answers: SYN-ACK", "Handshake complete",
                "HTTP: GET / HTTP/1.1", "End of the capture");
        assertThat(titles).anyMatch(t -> t.contains("closes: FIN"));
        assertThat(trace.lane(CaptureTrace.LANE_A).subtitle()).isEqualTo("10.180.156.141:61450");
        assertThat(trace.packets()).hasSize(16);
    }

    @Test
    void retransmissionsAndDuplicateAcksOfARealCaptureBecomeSteps() throws Exception {
        OpenedCapture opened = OpenedCapture.of(TestCaptures.read(TestCaptures.RETRANSMISSIONS));
        Trace trace = CaptureTrace.of(opened, opened.conversations().get(0));
        List<String> titles = trace.steps().stream().map(Step::title).toList();
        assertThat(titles).anyMatch(t -> t.startsWith("Fast retransmission by the"));
        assertThat(titles).anyMatch(t -> t.startsWith("Duplicate ACK 3 from the"));
        assertThat(titles).anyMatch(t -> t.startsWith("Idle for"));
    }

    @Test
    void tlsHandshakeMessagesAndDnsQuestionsAreNamed() throws Exception {
        OpenedCapture tls = OpenedCapture.of(TestCaptures.read(TestCaptures.TLS13));
        List<String> tlsTitles = CaptureTrace.of(tls, tls.conversations().get(0)).steps().stream()
                .map(Step::title).toList();
        assertThat(tlsTitles).contains("TLS from the client: ClientHello");
        assertThat(tlsTitles).anyMatch(t -> t.startsWith("TLS from the server: ServerHello"));

        OpenedCapture dns = OpenedCapture.of(TestCaptures.read(TestCaptures.DNS_UDP));
        List<String> dnsTitles = CaptureTrace.of(dns, dns.conversations().get(0)).steps().stream()
                .map(Step::title).toList();
        assertThat(dnsTitles).anyMatch(t -> t.startsWith("DNS query: A "));
        assertThat(dnsTitles).anyMatch(t -> t.startsWith("DNS answer: A "));
    }
}
