package org.wirewise.model.stack;

import org.wirewise.testing.Tshark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.trace.Trace;

/**
 * Wireshark judges the protocol stack lessons' captures: every frame decodes, the router's output
 * has TTL − 1, a valid recomputed checksum and rewritten MACs, HTTP is decoded in the clear and
 * TLS records over HTTPS. Skipped, and says so, where tshark is not installed.
 */
class StackWiresharkAgreesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsTshark() {
        assumeTrue(Tshark.available(), "tshark is not installed here; .ci/run installs it for CI");
    }

    @Test
    void theRoutersCaptureShowsTtlMinusOneAValidChecksumAndNewMacs() throws Exception {
        Trace trace = EncapsulationSimulator.simulate(EncapsulationScenario.DEFAULTS);
        List<String[]> rows = Tshark.fields(trace, EncapsulationSimulator.ROUTER, dir, "eth.src", "eth.dst", "ip.ttl",
                "ip.checksum", "ip.checksum.status", "tcp.checksum.status", "tcp.dstport");
        assertThat(rows).hasSize(2); // in from the switch, out to the server
        String[] in = rows.get(0);
        String[] out = rows.get(1);
        assertThat(in[0]).isEqualTo("02:00:00:00:00:0a");
        assertThat(in[1]).isEqualTo("02:00:00:00:01:01");
        assertThat(out[0]).isEqualTo("02:00:00:00:02:01");
        assertThat(out[1]).isEqualTo("02:00:00:00:00:50");
        assertThat(in[2]).isEqualTo("64");
        assertThat(out[2]).isEqualTo("63");
        assertThat(out[3]).isNotEqualTo(in[3]);
        for (String[] r : rows) {
            assertThat(r[4]).as("IPv4 checksum good").isEqualTo("1");
            assertThat(r[5]).as("TCP checksum good").isEqualTo("1");
        }
    }

    @Test
    void theServerDecodesTheHttpRequestItReceives() throws Exception {
        Trace trace = EncapsulationSimulator.simulate(EncapsulationScenario.DEFAULTS);
        List<String[]> rows = Tshark.fields(trace, EncapsulationSimulator.SERVER, dir, "ip.ttl",
                "http.request.method", "http.host", "http.request.uri", "http.user_agent");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly("63", "GET", "www.example.com", "/index.html", "wirewise/1.0");
    }

    @Test
    void aLargePostIsReassembledFromItsSegments() throws Exception {
        EncapsulationScenario s = new EncapsulationScenario(HttpMethod.POST, "www.example.com", "/upload",
                "Content-Type: text/plain", "hello ", 4000, false, IpVersion.IPV4, 1500, 3);
        List<String[]> rows = Tshark.fields(EncapsulationSimulator.simulate(s), EncapsulationSimulator.CLIENT, dir,
                "tcp.len", "http.request.method", "http.content_length", "ip.checksum.status");
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r[0]).containsExactly("1460", "1460", rows.get(2)[0]);
        assertThat(rows.get(2)[1]).isEqualTo("POST");
        assertThat(rows.get(2)[2]).isEqualTo("4000");
        assertThat(rows).allSatisfy(r -> assertThat(r[3]).isEqualTo("1"));
    }

    @Test
    void httpsShowsTls13ApplicationDataRecords() throws Exception {
        EncapsulationScenario d = EncapsulationScenario.DEFAULTS;
        EncapsulationScenario s = new EncapsulationScenario(d.method(), d.host(), d.path(), d.headers(), "", 0, true,
                IpVersion.IPV4, 1500, 1);
        List<String[]> rows = Tshark.fields(EncapsulationSimulator.simulate(s), EncapsulationSimulator.SERVER, dir,
                "tcp.dstport", "tls.record.content_type", "tls.record.version", "tls.record.length", "ip.ttl");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)[0]).isEqualTo("443");
        assertThat(rows.get(0)[1]).isEqualTo("23");
        assertThat(rows.get(0)[2]).isEqualTo("0x0303");
        assertThat(Integer.parseInt(rows.get(0)[3])).isGreaterThan(17);
        assertThat(rows.get(0)[4]).isEqualTo("63");
    }

    @Test
    void ipv6ShowsHopLimitMinusOneAtTheServer() throws Exception {
        EncapsulationScenario d = EncapsulationScenario.DEFAULTS;
        EncapsulationScenario s = new EncapsulationScenario(d.method(), d.host(), d.path(), d.headers(), "", 0, false,
                IpVersion.IPV6, 1500, 1);
        List<String[]> rows = Tshark.fields(EncapsulationSimulator.simulate(s), EncapsulationSimulator.SERVER, dir,
                "ipv6.hlim", "ipv6.dst", "http.request.method", "tcp.checksum.status");
        assertThat(rows.get(0)).containsExactly("63", "2001:db8:2::80", "GET", "1");
    }
}
