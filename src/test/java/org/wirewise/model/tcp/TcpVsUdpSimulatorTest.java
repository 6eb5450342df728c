package org.wirewise.model.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/** The same stream and the same loss over TCP and UDP. */
class TcpVsUdpSimulatorTest {

    private static final long PLAYOUT = 150_000_000L;

    private static List<Table.Row> rows(Trace trace, String id) {
        return trace.step(trace.stepCount() - 1).snapshot().table(org.wirewise.model.trace.TableKey.of(id)).orElseThrow().rows();
    }

    @Test
    void tcpDeliversEveryFrameButLateUdpDeliversOnTimeWithAGap() {
        Trace trace = TcpVsUdpSimulator.simulate(TcpVsUdpScenario.DEFAULTS);
        List<Table.Row> tcp = rows(trace, "message-timeline");
        List<Table.Row> udp = rows(trace, "message-timeline-udp");
        assertThat(tcp).allMatch(r -> !r.cells().get(3).isEmpty()); // TCP: all delivered
        assertThat(udp.get(4).cells().get(3)).isEmpty(); // UDP: frame 5 never arrives
        long lateTcp = tcp.stream().filter(r -> Long.parseLong(r.cells().get(3))
                > Long.parseLong(r.cells().get(1)) + PLAYOUT).count();
        long lateUdp = udp.stream().filter(r -> !r.cells().get(3).isEmpty() && Long.parseLong(r.cells().get(3))
                > Long.parseLong(r.cells().get(1)) + PLAYOUT).count();
        assertThat(lateTcp).isGreaterThanOrEqualTo(2);
        assertThat(lateUdp).isZero();
        // Both streams send frame k at the same moment.
        for (int i = 0; i < tcp.size(); i++) {
            assertThat(tcp.get(i).cells().get(1)).isEqualTo(udp.get(i).cells().get(1));
        }
        assertThat(trace.steps()).extracting(Step::title).contains("Third duplicate ACK: fast retransmit");
    }

    @Test
    void theSummaryReadsTheHeaderSizesFromTheBytes() {
        Trace trace = TcpVsUdpSimulator.simulate(TcpVsUdpScenario.DEFAULTS);
        TracePacket datagram = trace.packets().stream().filter(p -> p.from().equals("udp-sender")).findFirst()
                .orElseThrow();
        byte[] frame = datagram.frame();
        int udpLength = ((frame[EthernetFrame.HEADER_LENGTH + 24] & 0xFF) << 8) | (frame[EthernetFrame.HEADER_LENGTH + 25] & 0xFF);
        assertThat(udpLength).isEqualTo(8 + 160); // UDP length field: 8-byte header + payload
        assertThat(trace.step(trace.stepCount() - 1).narration())
                .contains("a TCP header here is 32 bytes (20 plus 12 of options: timestamps), a UDP header 8");
    }

    @Test
    void aFrameNumberBeyondTheStreamNamesTheField() {
        TcpVsUdpScenario d = TcpVsUdpScenario.DEFAULTS;
        assertThatThrownBy(() -> TcpVsUdpSimulator.simulate(new TcpVsUdpScenario(d.rttMs(), d.bandwidthMbps(),
                d.seed(), 10, d.messageBytes(), d.intervalMs(), d.playoutMs(), "11", "")))
                .hasMessage("lostMessages: frames run from 1 to 10, got 11");
        assertThatThrownBy(() -> TcpVsUdpSimulator.simulate(new TcpVsUdpScenario(d.rttMs(), d.bandwidthMbps(),
                d.seed(), 10, d.messageBytes(), d.intervalMs(), d.playoutMs(), "two", "")))
                .hasMessageStartingWith("lostMessages:");
    }
}
