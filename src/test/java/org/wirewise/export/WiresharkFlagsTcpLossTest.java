package org.wirewise.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.tcp.FlowControlScenario;
import org.wirewise.model.tcp.FlowControlSimulator;
import org.wirewise.model.tcp.LifecycleScenario;
import org.wirewise.model.tcp.LifecycleSimulator;
import org.wirewise.model.trace.Trace;

/**
 * Wireshark must recognise what the TCP lessons inject: retransmissions, fast retransmissions and
 * duplicate ACKs (its tcp.analysis flags), with valid checksums. Skipped where tshark is absent.
 */
class WiresharkFlagsTcpLossTest {

    @TempDir
    Path dir;

    private static boolean tsharkAvailable() {
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

    private List<String> tshark(Trace trace, String lane, String filter) throws Exception {
        Path pcap = dir.resolve(lane + ".pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            PcapExport.write(trace, lane, out);
        }
        Process p = new ProcessBuilder("tshark", "-n", "-r", pcap.toString(), "-o", "tcp.check_checksum:TRUE",
                "-Y", filter, "-T", "fields", "-e", "frame.number").redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().toList();
    }

    private static Trace lifecycle(String drop) {
        LifecycleScenario d = LifecycleScenario.DEFAULTS;
        return LifecycleSimulator.simulate(new LifecycleScenario(d.rttMs(), d.bandwidthMbps(), d.seed(), d.closer(),
                d.mslSeconds(), d.responseBytes(), true, drop));
    }

    @Test
    void aLostResponseSegmentShowsThreeDuplicateAcksAndAFastRetransmission() throws Exception {
        assumeTrue(tsharkAvailable(), "tshark is not installed");
        Trace trace = lifecycle("7");
        assertThat(tshark(trace, "server", "tcp.analysis.duplicate_ack")).hasSize(3);
        assertThat(tshark(trace, "server", "tcp.analysis.fast_retransmission")).hasSize(1);
        assertThat(tshark(trace, "server", "tcp.analysis.retransmission")).hasSize(1);
        assertThat(tshark(trace, "server", "tcp.checksum.status != 1")).isEmpty(); // 1 = good
    }

    @Test
    void aLostSynAndALostFinAreFlaggedAsRetransmissions() throws Exception {
        assumeTrue(tsharkAvailable(), "tshark is not installed");
        assertThat(tshark(lifecycle("1"), "client", "tcp.analysis.retransmission")).containsExactly("2");
        assertThat(tshark(lifecycle("16"), "client", "tcp.analysis.retransmission && tcp.flags.fin == 1"))
                .hasSize(1);
        assertThat(tshark(lifecycle("16"), "client", "tcp.analysis.flags && !tcp.analysis.retransmission"))
                .isEmpty();
    }

    @Test
    void theStalledReadersFullBufferIsFlaggedAsAZeroWindowAndItsReopeningAsAWindowUpdate() throws Exception {
        assumeTrue(tsharkAvailable(), "tshark is not installed");
        Trace trace = FlowControlSimulator.simulate(FlowControlScenario.DEFAULTS);
        assertThat(tshark(trace, "client", "tcp.analysis.zero_window")).isNotEmpty();
        assertThat(tshark(trace, "client", "tcp.analysis.window_update")).isNotEmpty();
        assertThat(tshark(trace, "client", "tcp.checksum.status != 1")).isEmpty();
    }
}
