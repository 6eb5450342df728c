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
}
