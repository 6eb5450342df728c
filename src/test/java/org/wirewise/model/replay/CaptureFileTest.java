package org.wirewise.model.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.pcap.TestCaptures;

/** Opening a capture file for replay: its size limit, its progress and its cancel. */
class CaptureFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileOverTheLimitIsRefusedWithItsSizeAndTheLimit() throws IOException {
        Path big = dir.resolve("big.pcap");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(2_000_000_000L); // sparse: nothing is written
        }
        assertThatThrownBy(() -> CaptureFile.open(big, fraction -> { }))
                .isInstanceOf(IOException.class)
                .hasMessage("big.pcap is 2.0 GB; Wirewise opens captures up to 1 GiB (cut it with editcap -c)");
    }

    @Test
    void progressRisesToOneAndTheFramesAreThoseOfTheCapture() throws IOException {
        Path file = TestCaptures.DIR.resolve(TestCaptures.DNS_UDP);
        List<Double> reports = new ArrayList<>();
        OpenedCapture opened = CaptureFile.open(file, reports::add);
        assertThat(reports).first().isEqualTo(0.0);
        assertThat(reports).last().isEqualTo(1.0);
        assertThat(reports).isSorted();
        assertThat(opened.frames()).hasSameSizeAs(OpenedCapture.of(PcapReader.read(file)).frames());
    }

    @Test
    void aProgressThatThrowsCancelsTheRead() {
        Path file = TestCaptures.DIR.resolve(TestCaptures.DNS_UDP);
        assertThatThrownBy(() -> CaptureFile.open(file, fraction -> {
            if (fraction > 0) {
                throw new CancellationException();
            }
        })).isInstanceOf(CancellationException.class);
    }

    @Test
    void aFolderIsNotACapture() {
        assertThatThrownBy(() -> CaptureFile.open(dir, fraction -> { }))
                .isInstanceOf(IOException.class).hasMessageEndingWith("is not a file");
    }
}
