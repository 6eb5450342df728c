package org.wirewise.export;

import org.wirewise.testing.Tshark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.nat.NatTableScenario;
import org.wirewise.model.nat.NatTableSimulator;
import org.wirewise.model.nat.NatTraversalScenario;
import org.wirewise.model.nat.NatTraversalSimulator;
import org.wirewise.model.trace.Trace;

/**
 * Wireshark judges the NAT captures: a capture on the NAT shows both sides of each translation
 * with valid IPv4, TCP and UDP checksums; STUN and TURN messages decode with the addresses the
 * lesson shows. Skipped, and says so, where tshark is not installed.
 */
class NatWiresharkTest {

    @TempDir
    Path dir;

    private Path capture(Trace trace, String lane) throws IOException {
        Path pcap = dir.resolve(lane + ".pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            PcapExport.write(trace, lane, out);
        }
        return pcap;
    }

    @Test
    void aCaptureOnTheNatShowsBothSidesOfEveryTranslationWithValidChecksums() throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed here; .ci/run installs it for CI");
        Trace trace = NatTableSimulator.simulate(NatTableScenario.DEFAULTS);
        List<String[]> rows = Tshark.fields(capture(trace, NatTableSimulator.NAT), "ip.src", "ip.dst", "ip.checksum.status",
                "tcp.checksum.status", "udp.checksum.status", "tcp.srcport", "udp.srcport", "dns.qry.name");
        assertThat(rows).hasSize(trace.packets().size());
        for (String[] r : rows) {
            assertThat(r[2]).as("IPv4 checksum %s → %s", r[0], r[1]).isEqualTo("1");
            assertThat(r[3] + r[4]).as("TCP/UDP checksum %s → %s", r[0], r[1]).isEqualTo("1");
        }
        // Frame 1 is host 1's SYN inside, frame 2 the same SYN outside: only the source address changed.
        assertThat(rows.get(0)[0]).isEqualTo("192.168.1.10");
        assertThat(rows.get(1)[0]).isEqualTo(NatTableSimulator.PUBLIC_ADDRESS);
        assertThat(rows.get(1)[1]).isEqualTo(rows.get(0)[1]);
        assertThat(rows).anyMatch(r -> r[7].equals("example.com"));

        List<String[]> outside = Tshark.fields(capture(trace, NatTableSimulator.WEB), "ip.src", "ip.dst");
        assertThat(outside).isNotEmpty().allMatch(r -> !r[0].startsWith("192.168.") && !r[1].startsWith("192.168."));
        List<String[]> inside = Tshark.fields(capture(trace, "host1"), "ip.src", "ip.dst");
        assertThat(inside).isNotEmpty().allMatch(r -> r[0].equals("192.168.1.10") || r[1].equals("192.168.1.10"));
    }

    @Test
    void stunAndTurnMessagesDecodeWithTheAddressesTheLessonShows() throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed here; .ci/run installs it for CI");
        Trace trace = NatTraversalSimulator.simulate(NatTraversalScenario.DEFAULTS);
        List<String[]> rows = Tshark.fields(capture(trace, NatTraversalSimulator.NAT_A), "stun.type", "stun.att.ipv4",
                "stun.att.port", "udp.checksum.status", "stun.att.crc32.status");
        assertThat(rows).allMatch(r -> r[3].equals("1"));
        // RFC 5389 §15.5 FINGERPRINT: Wireshark recomputes the CRC-32 and finds it right (status 1).
        assertThat(rows).filteredOn(r -> !r[4].isEmpty()).isNotEmpty().allMatch(r -> r[4].equals("1"));
        String reflexive = trace.step(1).title().substring(trace.step(1).title().lastIndexOf(' ') + 1);
        assertThat(rows).anyMatch(r -> r[0].equals("0x0101") && (r[1] + ":" + r[2]).equals(reflexive));
        assertThat(rows).anyMatch(r -> r[0].equals("0x0103") && r[1].startsWith("192.0.2.3,"));
        assertThat(rows).anyMatch(r -> r[0].equals("0x0017")); // Data indication
        assertThat(rows).anyMatch(r -> r[0].equals("0x0016")); // Send indication
    }
}
