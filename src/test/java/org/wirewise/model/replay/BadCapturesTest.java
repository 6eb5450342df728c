package org.wirewise.model.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.CapturedPacket;
import org.wirewise.model.pcap.PcapFormatException;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.model.trace.Step;

/**
 * Captures that are damaged or cut short: a message that says what is wrong, or, for a snap
 * length that cut the payloads, the same analysis as the whole capture (lengths come from the IP
 * header, not from what was kept).
 */
class BadCapturesTest {

    private static byte[] file(String name) throws Exception {
        return Files.readAllBytes(TestCaptures.DIR.resolve(name));
    }

    @Test
    void aFileCutInTheMiddleOfARecordSaysWhichRecordAndHowMuchIsMissing() throws Exception {
        byte[] whole = file(TestCaptures.HTTP_SIMPLE_GET);
        byte[] cut = Arrays.copyOf(whole, whole.length - 100);
        assertThatThrownBy(() -> PcapReader.read(new ByteArrayInputStream(cut)))
                .isInstanceOf(PcapFormatException.class)
                .hasMessageContaining("record 15 truncated: header says 66 bytes, 48 remain");
    }

    @Test
    void aWrongMagicNumberIsNamed() throws Exception {
        byte[] wrong = file(TestCaptures.HTTP_SIMPLE_GET);
        wrong[0] = 0x12;
        assertThatThrownBy(() -> PcapReader.read(new ByteArrayInputStream(wrong)))
                .isInstanceOf(PcapFormatException.class)
                .hasMessageContaining("not a pcap or pcapng file: magic 0x12");
    }

    @Test
    void aSnapLengthCutLeavesTheConversationAndTheAnalysisAsTheWholeCapturesAre() throws Exception {
        Capture whole = TestCaptures.read(TestCaptures.RETRANSMISSIONS);
        Capture cut = new Capture(whole.linkType(), whole.packets().stream()
                .map(p -> new CapturedPacket(p.timestampNanos(), p.originalLength(),
                        Arrays.copyOf(p.data(), Math.min(p.capturedLength(), 68))))
                .toList());
        Conversation full = OpenedCapture.of(whole).conversations().get(0);
        Conversation snapped = OpenedCapture.of(cut).conversations().get(0);
        assertThat(snapped.bytesTotal()).isEqualTo(full.bytesTotal());
        assertThat(TcpAnalysis.of(snapped)).extracting(a -> a.relativeSeq() + " " + a.flags())
                .containsExactlyElementsOf(TcpAnalysis.of(full).stream().map(a -> a.relativeSeq() + " " + a.flags())
                        .toList());
        List<String> steps = CaptureTrace.of(OpenedCapture.of(cut), snapped).steps().stream().map(Step::title)
                .toList();
        assertThat(steps).anyMatch(t -> t.startsWith("Fast retransmission"));
    }

    @Test
    void framesTooShortForTheirHeadersAreLeftOutNotACrash() throws Exception {
        Capture whole = TestCaptures.read(TestCaptures.HTTP_SIMPLE_GET);
        Capture stubs = new Capture(whole.linkType(), whole.packets().stream()
                .map(p -> new CapturedPacket(p.timestampNanos(), p.originalLength(), Arrays.copyOf(p.data(), 30)))
                .toList());
        assertThat(OpenedCapture.of(stubs).conversations()).isEmpty();
    }

    @Test
    void timestampsThatGoBackwardsStillReplay() throws Exception {
        Capture whole = TestCaptures.read(TestCaptures.HTTP_SIMPLE_GET);
        List<CapturedPacket> packets = new java.util.ArrayList<>(whole.packets());
        long syn = packets.get(0).timestampNanos();
        // The SYN-ACK and ACK stamped before the SYN, as a stepped clock would (found by the fuzzer).
        for (int i = 1; i <= 2; i++) {
            CapturedPacket p = packets.get(i);
            packets.set(i, new CapturedPacket(syn - i * 1_200_000_000L, p.originalLength(), p.data()));
        }
        OpenedCapture opened = OpenedCapture.of(new Capture(whole.linkType(), packets));
        assertThat(CaptureTrace.of(opened, opened.conversations().get(0)).packets()).hasSize(16);
    }

    @Test
    void aPathThatIsAFolderIsAnIoErrorNotACrash(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThatThrownBy(() -> PcapReader.read(dir)).isInstanceOf(java.io.IOException.class);
    }
}
