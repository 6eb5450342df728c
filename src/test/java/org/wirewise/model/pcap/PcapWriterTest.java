package org.wirewise.model.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapWriterTest {

    @Test
    void fileHeader_isLittleEndianMicrosecondPcap24_withSnaplen262144() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PcapWriter(out, LinkType.ETHERNET).close();

        assertThat(HexFormat.of().formatHex(out.toByteArray()))
                .isEqualTo("d4c3b2a1" + "0200" + "0400" + "00000000" + "00000000" + "00000400" + "01000000");
    }

    @Test
    void record_holdsSecondsMicrosecondsAndLengths() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter writer = new PcapWriter(out, LinkType.RAW)) {
            writer.write(1_700_000_000_123_456_789L, new byte[] {0x45, 0});
        }
        byte[] record = Arrays.copyOfRange(out.toByteArray(), 24, out.size());

        // 1700000000 = 0x6553f100; 123456 µs = 0x1e240 (the 789 ns are truncated); 2 and 2 bytes
        assertThat(HexFormat.of().formatHex(record)).isEqualTo("00f15365" + "40e20100" + "02000000" + "02000000" + "4500");
    }

    @Test
    void framesLongerThanTheSnapLength_areCut_keepingTheirOriginalLength() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter writer = new PcapWriter(out, LinkType.ETHERNET)) {
            writer.write(0, new byte[PcapWriter.SNAPLEN + 10]);
        }
        CapturedPacket packet = PcapReader.read(new ByteArrayInputStream(out.toByteArray())).packets().get(0);

        assertThat(packet.capturedLength()).isEqualTo(PcapWriter.SNAPLEN);
        assertThat(packet.originalLength()).isEqualTo(PcapWriter.SNAPLEN + 10);
    }

    @Test
    void timestampsOutsideTheFormat_areRejected() {
        PcapWriter writer = new PcapWriter(new ByteArrayOutputStream(), LinkType.ETHERNET);
        assertThatThrownBy(() -> writer.write(-1, new byte[1])).hasMessageContaining("outside the pcap range");
        assertThatThrownBy(() -> writer.write((1L << 32) * 1_000_000_000L, new byte[1]))
                .hasMessageContaining("outside the pcap range");
        assertThatThrownBy(() -> new PcapWriter(new ByteArrayOutputStream(), -1)).hasMessageContaining("link type");
    }

    @Test
    void rewritingASharedCapture_readsBackTheSamePackets(@TempDir Path dir) throws IOException {
        Capture original = TestCaptures.read(TestCaptures.HTTP_SIMPLE_GET);
        Path copy = dir.resolve("copy.pcap");

        PcapWriter.write(copy, original);

        assertThat(PcapReader.read(copy)).isEqualTo(original);
    }

    @Test
    void rewritingTheArkimeCapture_givesItsBytesBackExceptTheSnapLength() throws IOException {
        // The arkime file is a little-endian µs pcap like ours; only its snap length (65535) differs.
        byte[] original = java.nio.file.Files.readAllBytes(TestCaptures.DIR.resolve(TestCaptures.HTTP_SIMPLE_GET));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter writer = new PcapWriter(out, LinkType.ETHERNET)) {
            for (CapturedPacket p : TestCaptures.read(TestCaptures.HTTP_SIMPLE_GET).packets()) {
                writer.write(p.timestampNanos(), p.data());
            }
        }
        byte[] written = out.toByteArray();

        assertThat(Arrays.copyOfRange(written, 24, written.length))
                .isEqualTo(Arrays.copyOfRange(original, 24, original.length));
        assertThat(Arrays.copyOf(written, 16)).isEqualTo(Arrays.copyOf(original, 16));
    }
}
