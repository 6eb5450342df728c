package org.wirewise.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.model.replay.CaptureFile;
import org.wirewise.model.replay.CaptureTrace;
import org.wirewise.model.replay.Conversation;
import org.wirewise.model.replay.OpenedCapture;
import org.wirewise.model.replay.SyntheticCapture;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/**
 * A replayed capture in Spanish: every conversation of the real captures (a handshake, an HTTP GET, DNS over
 * UDP, TLS 1.3, retransmissions and duplicate ACKs) and of a synthetic one, replayed in English and in
 * Spanish and compared place by place as {@link TranslationCoverageTest} compares a lesson. The packets and
 * their labels are the same in both: Wireshark's Info column ("[Fast Retransmission]", "[Dup ACK #1]") is
 * the notation a reader looks for in Wireshark, which does not translate it.
 */
class CaptureSpanishTest {

    static Stream<String> captures() {
        return Stream.of(TestCaptures.HTTP_SIMPLE_GET, TestCaptures.WEBSOCKET, TestCaptures.DNS_UDP,
                TestCaptures.RETRANSMISSIONS, TestCaptures.TLS13, TestCaptures.NDPI_HTTP_PCAPNG);
    }

    @ParameterizedTest
    @MethodSource("captures")
    void everyTextOfARealCaptureIsInSpanish(String name) throws Exception {
        OpenedCapture opened = OpenedCapture.of(TestCaptures.read(name));
        for (Conversation c : opened.conversations()) {
            compare(name + " " + c.a() + " ↔ " + c.b(), opened, c);
        }
    }

    @Test
    void everyTextOfASyntheticCaptureIsInSpanish(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.pcap");
        SyntheticCapture.write(file, 40, 20);
        OpenedCapture opened = CaptureFile.open(file, Progress.NONE);
        assertThat(opened.conversations()).hasSize(2);
        for (Conversation c : opened.conversations()) {
            compare("synthetic " + c.a(), opened, c);
        }
    }

    /** The retransmission capture's analysis told in Spanish, its packets still marked as Wireshark marks them. */
    @Test
    void wiresharksMarksStayOnThePacketsAndTheStepsSayThemInSpanish() throws Exception {
        OpenedCapture opened = OpenedCapture.of(TestCaptures.read(TestCaptures.RETRANSMISSIONS));
        Trace spanish = CaptureTrace.of(opened, opened.conversations().get(0), 0, TranslationCoverageTest.SPANISH);
        List<String> titles = spanish.steps().stream().map(Step::title).toList();
        assertThat(titles).anyMatch(t -> t.startsWith("Retransmisión rápida del "));
        assertThat(titles).anyMatch(t -> t.startsWith("ACK duplicado 3 del "));
        assertThat(spanish.packets()).anyMatch(p -> p.label().startsWith("[Fast Retransmission] "));
        assertThat(spanish.packets()).anyMatch(p -> p.label().startsWith("[Dup ACK #3] "));
    }

    private static void compare(String what, OpenedCapture opened, Conversation c) {
        Trace english = CaptureTrace.of(opened, c, 0, Locale.ENGLISH);
        Trace spanish = CaptureTrace.of(opened, c, 0, TranslationCoverageTest.SPANISH);
        assertEquals(english.packets().stream().map(CaptureSpanishTest::wire).toList(),
                spanish.packets().stream().map(CaptureSpanishTest::wire).toList(), what + ": the packets differ");
        List<String[]> en = TranslationCoverageTest.texts(english);
        List<String[]> es = TranslationCoverageTest.texts(spanish);
        assertEquals(en.size(), es.size(), what + ": the Spanish trace has other parts than the English one");
        List<String> untranslated = SameInBothLanguages.untranslated(en, es);
        assertEquals(List.of(), untranslated, what + ": texts still in English in Spanish");
    }

    private static String wire(TracePacket p) {
        return p.label() + " " + p.sentAt() + " " + java.util.HexFormat.of().formatHex(p.frame());
    }
}
