package org.wirewise.lesson.addr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.export.PcapExport;
import org.wirewise.model.addr.AddressExplainer;
import org.wirewise.model.addr.AddressScenario;
import org.wirewise.model.addr.IpAddress;
import org.wirewise.model.trace.Trace;

/**
 * Wireshark as the judge of the address lesson's capture: the datagram's destination is the
 * typed address, Wireshark prints it in the same canonical text (its own RFC 5952 formatter), and
 * the UDP checksum is valid. Skipped, and saying so, where tshark is not installed.
 */
class WiresharkShowsCanonicalTextTest {

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2001:0DB8:0000:0000:0000:FF00:0042:8329", "2001:db8:0:0:1:0:0:1", "2001:0:0:1:0:0:0:1",
            "2001:db8:0:1:1:1:1:1", "::ffff:192.0.2.1", "fe80::1", "ff02::1", "::1", "192.0.2.1/24", "10.0.0.255"})
    void wiresharkPrintsTheSameCanonicalText(String typed) throws Exception {
        assumeTrue(tsharkAvailable(), "tshark is not installed here; .ci/run installs it for CI");
        Trace trace = AddressExplainer.explain(new AddressScenario(typed));
        Path pcap = dir.resolve("a.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            PcapExport.write(trace, AddressExplainer.LANE, out);
        }
        boolean v4 = !typed.contains(":");
        Process p = new ProcessBuilder("tshark", "-n", "-r", pcap.toString(), "-o", "udp.check_checksum:TRUE",
                "-T", "fields", "-E", "separator=|", "-e", v4 ? "ip.dst" : "ipv6.dst", "-e", "udp.dstport",
                "-e", "udp.checksum.status").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = out.lines().toList();
        String canonical = IpAddress.parse(typed.split("/")[0]).toString();
        assertThat(lines).as("tshark output").containsExactly(canonical + "|9|1"); // status 1 = good checksum
    }
}
