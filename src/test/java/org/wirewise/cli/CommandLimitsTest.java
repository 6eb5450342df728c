package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Internal errors that became messages, work limits, empty captures and --version everywhere. */
class CommandLimitsTest extends CommandLineHarness {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "simulate congestion --rtt=, | --rtt: expected one or more times",
            "simulate congestion --duration=10 | --duration: expected a time with its unit",
            "simulate congestion --bandwidth=10 | --bandwidth: expected a rate from 1mbit to 10gbit with its unit",
            "simulate congestion --drop=1,,2 | --drop: an empty item",
            "simulate congestion --drop=99999999999 | --drop: segment 99999999999 is beyond",
            "simulate congestion --flows=50 --duration=3600s --bandwidth=10gbit --rtt=1ms | this simulation would simulate about",
            "trace congestion --set bandwidthMbps=10000 --set durationS=600 | congestion with these parameters would simulate",
            "subnet ::/0 --split=128 --limit=100000000 | --limit 100000000 would print 100 million lines",
            "pcap congestion -o x.pcap | congestion has no packets to capture",
            "pcap cidr -o x.pcap | cidr has no packets to capture"})
    void refusedAtOnceWithASentence(String command, String message) {
        long start = System.nanoTime();
        assertThat(run(command.split(" "))).isEqualTo(2);
        assertThat(err.toString()).startsWith("wirewise: " + message).doesNotContain("internal error");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(stdoutText()).isEmpty();
        assertThat(Files.exists(Path.of("x.pcap"))).isFalse();
        assertThat((System.nanoTime() - start) / 1e9).as("refused before any work").isLessThan(20);
    }

    @Test
    void theWorkLimitNamesForce() {
        assertThat(run("simulate", "congestion", "--flows=50", "--duration=3600s", "--bandwidth=10gbit")).isEqualTo(2);
        assertThat(err.toString()).contains("add --force");
    }

    @Test
    void aFolderGivenAsNs3IsRefusedBeforeTheBenchmarkRuns() {
        long start = System.nanoTime();
        assertThat(run("bench", "congestion", "--ns3", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--ns3: ").contains("is a folder");
        assertThat(stdoutText()).isEmpty();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
    }

    @Test
    void everyCommandAnswersVersion() {
        for (String command : new String[] {"lessons", "trace", "pcap", "subnet", "vpc", "simulate", "bench"}) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--version")).as(command).isZero();
            assertThat(stdoutText()).as(command).startsWith("Wirewise ");
        }
    }

    @Test
    void aCaptureAtALaneThatSeesNothingSaysWhichLanesDo() throws Exception {
        assertThat(run("pcap", "tcp-handshake", "--at", "server", "-o", dir.resolve("s.pcap").toString())).isZero();
        assertThat(Files.size(dir.resolve("s.pcap"))).isGreaterThan(24);
    }

    @Test
    void progressIsDrawnOnATerminalAndCleared() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        try (TerminalProgress p = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "simulating",
                now::get)) {
            p.worked(0.1); // too soon after the start: nothing drawn
            now.set(2_000_000_000L);
            p.worked(0.5);
            now.set(2_100_000_000L);
            p.worked(0.6); // too soon after the last drawing
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("simulating:  50%, about 2 s left").doesNotContain("60%").endsWith("\r\033[K");
    }
}
