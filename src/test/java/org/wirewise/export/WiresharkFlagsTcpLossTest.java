package org.wirewise.export;

import org.wirewise.testing.Tshark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.tcp.FlowControlScenario;
import org.wirewise.model.tcp.FlowControlSimulator;
import org.wirewise.model.tcp.HeadOfLineScenario;
import org.wirewise.model.tcp.HeadOfLineSimulator;
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

    /** Frame numbers of the frames that a display filter selects in the capture at a lane. */
    private List<String> tshark(Trace trace, String lane, String filter) throws Exception {
        return Tshark.matching(Tshark.export(trace, lane, dir), filter, "frame.number").stream()
                .map(r -> r[0]).toList();
    }

    private static Trace lifecycle(String drop) {
        LifecycleScenario d = LifecycleScenario.DEFAULTS;
        return LifecycleSimulator.simulate(new LifecycleScenario(d.rttMs(), d.bandwidthMbps(), d.seed(), d.closer(),
                d.mslSeconds(), d.responseBytes(), true, drop));
    }

    @Test
    void aLostResponseSegmentShowsThreeDuplicateAcksAndAFastRetransmission() throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed");
        Trace trace = lifecycle("7");
        assertThat(tshark(trace, "server", "tcp.analysis.duplicate_ack")).hasSize(3);
        assertThat(tshark(trace, "server", "tcp.analysis.fast_retransmission")).hasSize(1);
        assertThat(tshark(trace, "server", "tcp.analysis.retransmission")).hasSize(1);
        assertThat(tshark(trace, "server", "tcp.checksum.status != 1")).isEmpty(); // 1 = good
    }

    @Test
    void aLostSynAndALostFinAreFlaggedAsRetransmissions() throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed");
        assertThat(tshark(lifecycle("1"), "client", "tcp.analysis.retransmission")).containsExactly("2");
        assertThat(tshark(lifecycle("16"), "client", "tcp.analysis.retransmission && tcp.flags.fin == 1"))
                .hasSize(1);
        assertThat(tshark(lifecycle("16"), "client", "tcp.analysis.flags && !tcp.analysis.retransmission"))
                .isEmpty();
    }

    @Test
    void theStalledReadersFullBufferIsFlaggedAsAZeroWindowAndItsReopeningAsAWindowUpdate() throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed");
        Trace trace = FlowControlSimulator.simulate(FlowControlScenario.DEFAULTS);
        assertThat(tshark(trace, "client", "tcp.analysis.zero_window")).isNotEmpty();
        assertThat(tshark(trace, "client", "tcp.analysis.window_update")).isNotEmpty();
        assertThat(tshark(trace, "client", "tcp.checksum.status != 1")).isEmpty();
    }

    @Test
    void everyDuplicateAckCarriesTheSackBlockOfWhatArrivedBeyondTheHole() throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed");
        HeadOfLineScenario d = HeadOfLineScenario.DEFAULTS;
        Trace trace = HeadOfLineSimulator.simulate(new HeadOfLineScenario(d.rttMs(), d.bandwidthMbps(), d.seed(),
                d.messages(), d.messageBytes(), d.intervalMs(), 0, "5"));
        List<String[]> dupAcks = Tshark.matching(Tshark.export(trace, "client", dir), "tcp.analysis.duplicate_ack",
                "tcp.ack", "tcp.options.sack_le", "tcp.options.sack_re");
        assertThat(dupAcks).isNotEmpty();
        // RFC 2018 §4: the first block holds the segment that just arrived, so its right edge grows by
        // one message with each duplicate while the left edge stays just past the hole.
        long previousRight = 0;
        for (String[] row : dupAcks) {
            long ack = Long.parseLong(row[0]);
            long left = Long.parseLong(row[1].split(",")[0]);
            long right = Long.parseLong(row[2].split(",")[0]);
            assertThat(left).isEqualTo(ack + d.messageBytes());
            assertThat(right).isGreaterThan(previousRight);
            previousRight = right;
        }
    }

    @Test
    void fullDataSegmentsFitA1500ByteIpPacketWithTheirTimestamps() throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed");
        List<String[]> rows = Tshark.fields(lifecycle(""), "client", dir, "ip.len", "tcp.hdr_len", "tcp.len");
        assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r[0])).isLessThanOrEqualTo(1500));
        // RFC 9293 §3.7.1, RFC 7323 §3.2: 1460 − 12 bytes of timestamps = 1448 bytes of data, header 32.
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("1500", "32", "1448"));
    }
}
