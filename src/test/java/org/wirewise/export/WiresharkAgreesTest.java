package org.wirewise.export;

import org.wirewise.testing.Tshark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.model.tcp.HandshakeSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/**
 * Wireshark is the judge of exported captures: tshark must dissect the handshake with valid
 * checksums and the numbers the diagram shows. CI installs tshark (.ci/run); on a machine
 * without it this check is skipped, and says so.
 */
class WiresharkAgreesTest {

    @TempDir
    Path dir;

    @Test
    void tsharkDissectsTheHandshakeWithValidChecksumsAndTheLabelledNumbers() throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed here; .ci/run installs it for CI");
        Trace trace = HandshakeSimulator.simulate(HandshakeScenario.DEFAULTS);
        Path pcap = dir.resolve("h.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            PcapExport.write(trace, "client", out);
        }
        List<String[]> rows = Tshark.fields(pcap, "tcp.flags.str", "tcp.seq", "tcp.ack", "tcp.window_size_value",
                "ip.checksum.status", "tcp.checksum.status", "tcp.options.mss_val", "tcp.options.wscale.shift",
                "tcp.options.sack_perm", "tcp.options.timestamp.tsval", "_ws.expert.severity", "http.request.method");
        assertThat(rows).hasSize(trace.packets().size());
        assertThat(rows).extracting(r -> r[0].replace("·", "").trim()).containsExactly(
                "S", "AS", "A", "AP", "A"); // Wireshark's flag string without dots: SYN, SYN+ACK, ACK, PSH+ACK, ACK
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            TracePacket p = trace.packets().get(i);
            assertThat(r[4]).as("IPv4 checksum of frame %d", i + 1).isEqualTo("1"); // 0 bad, 1 good, 2 unverified
            assertThat(r[5]).as("TCP checksum of frame %d", i + 1).isEqualTo("1");
            // The diagram's label shows the same relative numbers and window field Wireshark shows.
            assertThat(p.label()).as("frame %d", i + 1).contains("seq=" + r[1]).contains("win=" + r[3]);
            if (!r[2].isEmpty() && p.label().contains("ack=")) {
                assertThat(p.label()).contains("ack=" + r[2]);
            }
            // Expert info may only chat ("connection establish request"), never warn or flag an error.
            for (String severity : r[10].split(",")) {
                if (!severity.isEmpty()) {
                    assertThat(Integer.parseInt(severity)).as("expert severity of frame %d", i + 1)
                            .isLessThan(0x00600000);
                }
            }
        }
        assertThat(rows.get(0)[6]).isEqualTo("1460");
        assertThat(rows.get(0)[7]).isEqualTo("7");
        assertThat(rows.get(0)[8]).isNotEmpty();
        assertThat(rows.get(0)[9]).isNotEmpty();
        assertThat(rows.get(3)[11]).isEqualTo("GET");
    }
}
