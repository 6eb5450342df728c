package org.wirewise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the one file writer does with special paths: devices, FIFOs, links and missing folders. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFullDeviceIsWrittenInPlaceAndItsErrorReported() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full");
        assertThatThrownBy(() -> AtomicFiles.write(full, new byte[10_000]))
                .isInstanceOf(IOException.class).hasMessageContaining("No space left");
        assertThat(Files.isRegularFile(full)).as("/dev/full is still a device").isFalse();
    }

    @Test
    void anErrorAPrintWriterWouldSwallowIsStillReported() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full");
        assertThatThrownBy(() -> AtomicFiles.write(full, out -> {
            PrintWriter writer = new PrintWriter(out);
            writer.print("x".repeat(100_000));
            writer.flush();
        })).isInstanceOf(IOException.class);
    }

    @Test
    void aFifoReceivesTheBytesInsteadOfBeingReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mk = null;
        }
        assumeTrue(mk != null && mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "needs mkfifo");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
        AtomicFiles.write(fifo, "through the pipe".getBytes(StandardCharsets.UTF_8));
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsReplaced() throws Exception {
        Path target = dir.resolve("real.json");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("real.json", "link.json");
    }

    @Test
    void aDanglingLinkCreatesItsTarget() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("later.json"));
        AtomicFiles.write(link, "made".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("later.json"))).isEqualTo("made");
    }

    @Test
    void aMissingFolderIsRefusedNotCreated() {
        Path file = dir.resolve("no-such-dir").resolve("x.json");
        assertThatThrownBy(() -> AtomicFiles.write(file, new byte[1]))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist");
        assertThat(Files.exists(dir.resolve("no-such-dir"))).isFalse();
    }

    @Test
    void aFolderIsNotReplacedByAFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("d"));
        assertThatThrownBy(() -> AtomicFiles.write(folder, new byte[1])).hasMessageContaining("is a folder");
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    @Test
    void aFailedWriteLeavesTheOldFileWhole() throws Exception {
        Path file = dir.resolve("keep.json");
        Files.writeString(file, "the old content");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("the old content");
        assertThat(dir.toFile().list()).containsExactly("keep.json");
    }
}
