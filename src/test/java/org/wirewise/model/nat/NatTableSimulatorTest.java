package org.wirewise.model.nat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.packet.Checksum;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

class NatTableSimulatorTest {

    private final Trace trace = NatTableSimulator.simulate(NatTableScenario.DEFAULTS);

    private static boolean checksumsValid(TracePacket p) {
        byte[] f = p.frame();
        Ipv4Packet ip = Translation.ip(f);
        byte[] l4 = Arrays.copyOfRange(f, 14 + 20, 14 + 20 + ip.payload().length);
        return Checksum.internet(f, 14, 20) == 0
                && List.of(0, 0xFFFF).contains(Checksum.pseudoHeaderChecksum(ip.source(), ip.destination(),
                ip.protocol(), l4));
    }

    @Test
    void everyPacketCrossesTheNatAsTwoPacketsWithThePublicAddressOutside() {
        for (TracePacket p : trace.packets()) {
            assertThat(checksumsValid(p)).as("checksums of %s", p).isTrue();
            boolean outside = !p.from().startsWith("host") && !p.to().startsWith("host");
            Endpoint src = Translation.source(p.frame());
            Endpoint dst = Translation.destination(p.frame());
            if (outside) {
                assertThat(List.of(src.ip(), dst.ip())).as("%s", p).contains(NatTableSimulator.PUBLIC_ADDRESS)
                        .noneMatch(ip -> ip.startsWith("192.168."));
            } else {
                assertThat(List.of(src.ip(), dst.ip())).as("%s", p).anyMatch(ip -> ip.startsWith("192.168.1."));
            }
        }
        TracePacket inside = trace.packets().get(0);
        TracePacket outside = trace.packets().get(1);
        assertThat(Translation.destination(inside.frame())).isEqualTo(Translation.destination(outside.frame()));
        assertThat(Translation.ip(outside.frame()).ttl()).isEqualTo(Translation.ip(inside.frame()).ttl() - 1);
    }

    @Test
    void theRewriteStepNamesTheOldAndNewChecksumsOfThePacketItShows() {
        Step rewrite = trace.step(2);
        byte[] in = trace.packets().get(0).frame();
        byte[] out = trace.packets().get(rewrite.packetId()).frame();
        String ip = String.format("IPv4 header checksum 0x%02x%02x → 0x%02x%02x", in[24], in[25], out[24], out[25]);
        String tcp = String.format("TCP checksum 0x%02x%02x → 0x%02x%02x", in[50], in[51], out[50], out[51]);
        assertThat(rewrite.narration()).contains(ip).contains(tcp); // bytes print unsigned with %x
    }

    @Test
    void twoHostsWithTheSamePortGetDifferentPublicPorts() {
        Step last = trace.step(12);
        Table table = last.snapshot().table(NatStage.NAT_TABLE).orElseThrow();
        assertThat(table.rows()).hasSize(3);
        Table.Row host1 = table.rows().get(0);
        Table.Row host3 = table.rows().get(2);
        assertThat(host1.cells().get(1)).endsWith(host3.cells().get(1).substring(host3.cells().get(1).indexOf(':')));
        assertThat(host1.cells().get(2)).as("host 1 keeps its port (port preservation)")
                .isEqualTo("203.0.113.1" + host1.cells().get(1).substring(host1.cells().get(1).indexOf(':')));
        assertThat(host3.cells().get(2)).isNotEqualTo(host1.cells().get(2));
        assertThat(host3.highlighted()).isTrue();
    }

    @Test
    void idleUdpRowsExpireAfterTheTimeoutAndALateAnswerIsDropped() {
        Step expiry = trace.step(trace.stepCount() - 2);
        assertThat(expiry.title()).contains("UDP rows expire");
        assertThat(expiry.snapshot().table(NatStage.NAT_TABLE).orElseThrow().rows())
                .allMatch(r -> r.cells().get(0).equals("TCP"));
        Step udpRowCreated = trace.step(6);
        assertThat(expiry.time() - udpRowCreated.time()).isBetween(30_000_000_000L, 30_100_000_000L);
        Step late = trace.step(trace.stepCount() - 1);
        assertThat(late.narration()).contains("no mapping");
        assertThat(trace.packets().get(late.packetId()).label()).endsWith("✗");
        assertThat(trace.packets()).noneMatch(p -> p.sentAt() > late.time());
    }

    @Test
    void withoutPortPreservationTheNatPicksItsOwnPorts() {
        Trace t = NatTableSimulator.simulate(new NatTableScenario(2, 40, 30, 7440, false, 1));
        Table table = t.step(t.stepCount() - 3).snapshot().table(NatStage.NAT_TABLE).orElseThrow();
        for (Table.Row r : table.rows()) {
            assertThat(r.cells().get(2).split(":")[1]).isNotEqualTo(r.cells().get(1).split(":")[1]);
        }
    }

    @Test
    void theSameScenarioGivesTheSameTraceAndAnotherSeedAnotherPort() {
        assertThat(NatTableSimulator.simulate(NatTableScenario.DEFAULTS)).isEqualTo(trace);
        Trace other = NatTableSimulator.simulate(new NatTableScenario(3, 40, 30, 7440, true, 2));
        assertThat(other.lanes().get(0)).isEqualTo(trace.lanes().get(0));
        assertThat(other.packets().get(0)).isNotEqualTo(trace.packets().get(0));
    }

    @Test
    void aHostCountOutsideTheLessonIsRefusedWithTheField() {
        assertThatThrownBy(() -> NatTableSimulator.simulate(new NatTableScenario(9, 40, 30, 7440, true, 1)))
                .hasMessageContaining("hosts");
    }

    @Test
    void aTcpRowGetsTheTransitoryTimeoutUntilTheHandshakeCompletes() {
        Step synAck = trace.steps().stream().filter(s -> s.title().startsWith("Translated back to")).findFirst()
                .orElseThrow();
        Step established = trace.steps().stream().filter(s -> s.title().contains("row is established")).findFirst()
                .orElseThrow();
        // RFC 5382 §5: the transitory idle timeout (at least 4 min) until the connection is established,
        // then the established one (at least 2 h 4 min).
        assertThat(timer(synAck)).isEqualTo("4 min 00 s");
        assertThat(synAck.narration()).contains("transitory timeout: 4 min 00 s");
        assertThat(timer(established)).isEqualTo(NatStage.idle(
                org.wirewise.model.sim.SimTime.seconds(NatTableScenario.DEFAULTS.tcpTimeoutS())));
        assertThat(established.references()).contains("RFC 5382 §5");
    }

    private static String timer(Step step) {
        Table table = step.snapshot().tables().get(0);
        return table.rows().stream().filter(Table.Row::highlighted).findFirst().orElseThrow().cells().get(4);
    }
}
