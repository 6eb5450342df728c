package org.wirewise.model.stack;

import org.wirewise.testing.Tshark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wirewise.model.packet.Field;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;

class OsiSimulatorTest {

    @TempDir
    Path dir;

    @Test
    void sevenOsiLayersMapOntoTheFourTcpIpLayers() {
        Trace trace = OsiSimulator.simulate(OsiScenario.DEFAULTS);
        Table osi = trace.step(0).snapshot().table(OsiSimulator.OSI_TABLE).orElseThrow();
        assertThat(osi.rows()).extracting(r -> r.cells().get(0) + " " + r.cells().get(1) + " → " + r.cells().get(3))
                .containsExactly("7 Application → Application", "6 Presentation → Application",
                        "5 Session → Application", "4 Transport → Transport", "3 Network → Internet",
                        "2 Data link → Link", "1 Physical → Link"); // RFC 1122 §1.1.3
        assertThat(osi.rows()).extracting(r -> r.cells().get(2)).containsExactly("data (message)", "data", "data",
                "segment / datagram", "packet", "frame", "bits (symbols)");
        assertThat(trace.steps()).extracting(Step::title).startsWith("Two models of one stack", "Layer 7: Application")
                .contains("Layer 1: Physical");
    }

    @Test
    void quicIsTransportOnUdpAndTlsSitsBetweenTransportAndApplication() {
        assertThat(Technology.QUIC.home()).isEqualTo(4);
        Trace quic = OsiSimulator.simulate(new OsiScenario(Technology.QUIC));
        assertThat(quic.step(quic.stepCount() - 1).narration()).contains("on top of UDP").contains("RFC 9000");
        assertThat(OsiSimulator.span(Technology.TLS)).containsExactly(5, 6);
        assertThat(OsiSimulator.span(Technology.ARP)).containsExactly(2, 3);
        Trace trace = OsiSimulator.simulate(new OsiScenario(Technology.TLS));
        Step last = trace.step(trace.stepCount() - 1);
        assertThat(last.narration()).contains("between transport and application");
        assertThat(last.title()).isEqualTo("Where TLS sits");
        assertThat(last.snapshot().table(OsiSimulator.OSI_TABLE).orElseThrow().rows())
                .filteredOn(Table.Row::highlighted).extracting(r -> r.cells().get(0)).containsExactly("6", "5");
    }

    @ParameterizedTest
    @EnumSource(Technology.class)
    void everyTechnologysExampleFrameShowsItsLayer(Technology t) {
        Trace trace = OsiSimulator.simulate(new OsiScenario(t));
        Step last = trace.step(trace.stepCount() - 1);
        Field root = StackDissector.dissect(trace.packets().get(last.packetId()).frame());
        assertThat(StackDissector.find(root, t.field())).as(t + " in its example frame").isNotNull();
    }

    @Test
    void tsharkDecodesEveryExampleFrame() throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed here; .ci/run installs it for CI");
        Trace trace = OsiSimulator.simulate(OsiScenario.DEFAULTS);
        List<String[]> rows = Tshark.fields(trace, "client", dir, "frame.protocols", "ip.checksum.status",
                "icmp.checksum.status", "dns.qry.name", "http.request.method", "tls.record.content_type",
                "arp.dst.proto_ipv4");
        // The client's whole conversation, as a capture on its cable saw it: ARP before the first packet to
        // each neighbour, the ping and its echo, DNS, HTTP over TCP (handshake, GET, 200, FINs), then TLS.
        assertThat(rows).extracting(r -> r[0].replace("eth:ethertype:", "")).containsExactly(
                "arp", "arp", "ip:icmp:data", "ip:icmp:data", "arp", "arp", "ip:udp:dns", "ip:udp:dns",
                "ip:tcp", "ip:tcp", "ip:tcp", "ip:tcp:http", "ip:tcp", "ip:tcp:http:data-text-lines", "ip:tcp",
                "ip:tcp", "ip:tcp", "ip:tcp", "ip:tcp", "ip:tcp", "ip:tcp", "ip:tcp", "ip:tcp:tls", "ip:tcp");
        assertThat(rows.get(0)[6]).isEqualTo("192.0.2.1"); // who has the gateway?
        assertThat(rows.get(4)[6]).isEqualTo("192.0.2.53"); // who has the resolver?
        assertThat(rows.get(2)[2]).isEqualTo("1");
        assertThat(rows.get(6)[3]).isEqualTo("www.example.com");
        assertThat(rows.get(11)[4]).isEqualTo("GET");
        assertThat(rows.get(22)[5]).isEqualTo("23");
        assertThat(rows).filteredOn(r -> r[0].contains(":ip:")).allSatisfy(r -> assertThat(r[1]).isEqualTo("1"));
        Step arp = trace.step(6); // layer 2 points at the ARP request, layer 4 at the GET
        assertThat(trace.packets().get(arp.packetId()).label()).isEqualTo("ARP who has 192.0.2.1?");
    }
}
