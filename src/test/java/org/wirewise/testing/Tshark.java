package org.wirewise.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.wirewise.export.PcapExport;
import org.wirewise.model.trace.Trace;

/**
 * Wireshark as the judge of exported captures: runs tshark with checksum validation on and
 * returns the requested fields, one row per frame. Tests call {@link #available()} in an
 * assumption, so a machine without tshark skips them and says why (.ci/run installs it).
 */
public final class Tshark {

    public static final String MISSING = "tshark is not installed here; .ci/run installs it for CI";

    private static Boolean available;

    private Tshark() {
    }

    public static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("tshark", "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    /** Writes what a capture at {@code lane} sees to a pcap in {@code dir}. */
    public static Path export(Trace trace, String lane, Path dir) throws IOException {
        Path pcap = Files.createTempFile(dir, lane, ".pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            PcapExport.write(trace, lane, out);
        }
        return pcap;
    }

    /** Fields of every frame; several occurrences of a field are joined with ','. */
    public static List<String[]> fields(Path pcap, String... names) throws Exception {
        return run(pcap, null, names);
    }

    /** Fields of the frames a display filter selects ("tcp.analysis.retransmission"). */
    public static List<String[]> matching(Path pcap, String filter, String... names) throws Exception {
        return run(pcap, filter, names);
    }

    /** Fields of every frame of a trace's capture at one lane. */
    public static List<String[]> fields(Trace trace, String lane, Path dir, String... names) throws Exception {
        return fields(export(trace, lane, dir), names);
    }

    /**
     * Fields of every frame as tshark shows the file with no {@code -o} settings at all: what a
     * user who just opens the file sees (a capture that carries its own TLS key log decrypts).
     */
    public static List<String[]> asOpened(Path capture, String... names) throws Exception {
        return run(List.of("tshark", "-n", "-r", capture.toString()), null, names);
    }

    private static List<String[]> run(Path pcap, String filter, String... names) throws Exception {
        return run(List.of("tshark", "-n", "-r", pcap.toString(),
                "-o", "ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE"),
                filter, names);
    }

    private static List<String[]> run(List<String> start, String filter, String... names) throws Exception {
        List<String> command = new ArrayList<>(start);
        command.addAll(List.of("-T", "fields", "-E", "separator=|", "-E", "occurrence=a", "-E", "aggregator=,"));
        if (filter != null) {
            command.add("-Y");
            command.add(filter);
        }
        for (String n : names) {
            command.add("-e");
            command.add(n);
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("tshark finished").isTrue();
        assertThat(p.exitValue()).as("tshark exit code").isZero();
        return out.lines().map(l -> l.split("\\|", -1)).toList();
    }
}
