package org.wirewise.model.stack;

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

/** Runs tshark on a lane's capture and returns the requested fields, one row per frame. */
final class Tshark {

    private Tshark() {
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("tshark", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static List<String[]> fields(Trace trace, String lane, Path dir, String... names) throws Exception {
        Path pcap = Files.createTempFile(dir, lane, ".pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            PcapExport.write(trace, lane, out);
        }
        List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", pcap.toString(),
                "-o", "tcp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE",
                "-T", "fields", "-E", "separator=|", "-E", "occurrence=a", "-E", "aggregator=,"));
        for (String n : names) {
            command.add("-e");
            command.add(n);
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("tshark exit code").isZero();
        return out.lines().map(l -> l.split("\\|", -1)).toList();
    }
}
