package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.Main;

/** A write that fails (full disk, closed pipe) is an error with a message, never a silent exit 0. */
class OutputErrorsTest extends CommandLineHarness {

    @TempDir
    Path dir;

    /** Standard output on a full disk. */
    private int runOnFullStdout(String... args) {
        PrintStream full = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true);
        PrintStream before = System.out;
        System.setOut(full);
        try {
            Writer failing = new Writer() {
                @Override
                public void write(char[] cbuf, int off, int len) throws IOException {
                    throw new IOException("No space left on device");
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            return Main.run(args, new PrintWriter(failing), new PrintWriter(err, true));
        } finally {
            System.setOut(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"trace tcp-handshake", "trace tcp-handshake --format csv", "lessons", "lessons --json",
            "subnet 10.0.0.0/16 --split 24", "vpc", "simulate congestion --duration 2s"})
    void aFullStandardOutputIsAnErrorWithAMessage(String command) {
        assertThat(runOnFullStdout(command.split(" "))).isEqualTo(2);
        assertThat(err.toString()).contains("cannot write standard output").doesNotContain("Exception");
    }

    @Test
    void pcapToAFullDeviceFailsAndLeavesTheDevice() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        assertThat(run("pcap", "tcp-handshake", "-o", "/dev/full")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot write /dev/full").contains("No space left");
        assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
    }

    @Test
    void simulateCongestionToAFullDeviceFails() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        assertThat(run("simulate", "congestion", "--duration", "2s", "-o", "/dev/full")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot write /dev/full");
    }

    @Test
    void simulateCongestionReplacesItsFileAtomically() throws Exception {
        Path file = dir.resolve("c.csv");
        assertThat(run("simulate", "congestion", "--duration", "2s", "-o", file.toString())).isZero();
        String first = Files.readString(file);
        assertThat(first).contains("cwnd");
        assertThat(dir.toFile().list()).containsExactly("c.csv"); // no temporary file left behind
    }

    @Test
    void aMissingFolderIsRefusedWithAMessage() {
        Path file = dir.resolve("nowhere").resolve("t.json");
        assertThat(run("trace", "tcp-handshake", "-o", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
        assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
    }

    @Test
    void anOutputThatWorksIsNotAnError() {
        StringWriter fine = new StringWriter();
        assertThat(Main.run(new String[] {"lessons"}, new PrintWriter(fine), new PrintWriter(err, true))).isZero();
        assertThat(err.toString()).isEmpty();
    }
}
