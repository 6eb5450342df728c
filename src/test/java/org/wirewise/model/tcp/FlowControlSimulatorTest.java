package org.wirewise.model.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/** Flow control (RFC 9293 §3.8.6) as the lesson shows it. */
class FlowControlSimulatorTest {

    private static FlowControlScenario with(int buffer, double stall, boolean scaling) {
        FlowControlScenario d = FlowControlScenario.DEFAULTS;
        return new FlowControlScenario(d.rttMs(), d.bandwidthMbps(), d.seed(), buffer, d.readRateKBps(), stall,
                d.transferBytes(), scaling, "");
    }

    @Test
    void aStalledReaderClosesTheWindowTheSenderProbesAndAWindowUpdateResumesIt() {
        Trace trace = FlowControlSimulator.simulate(FlowControlScenario.DEFAULTS);
        assertThat(trace.steps()).extracting(Step::title).containsSubsequence("The advertised window shrinks",
                "Zero window: the sender must stop", "The client probes the zero window",
                "The application reads: a window update", "The window reopens: sending resumes",
                "The whole file has been read");
        List<TracePacket> zero = trace.packets().stream()
                .filter(p -> p.from().equals("server") && p.label().endsWith("win=0")).toList();
        assertThat(zero).isNotEmpty();
        // No data is sent into a zero window: between the first zero window and the update, the
        // client sends only the probe, one below SND.UNA and without data.
        long closedAt = zero.get(0).arrivesAt();
        long reopened = trace.steps().stream().filter(s -> s.title().startsWith("The window reopens"))
                .findFirst().orElseThrow().time();
        assertThat(trace.packets()).filteredOn(p -> p.from().equals("client") && p.sentAt() > closedAt
                && p.sentAt() < reopened).allMatch(p -> !p.label().contains("len="));
    }

    @Test
    void theAdvertisedWindowNeverExceedsTheFreeSpaceInTheReceiveBuffer() {
        Trace trace = FlowControlSimulator.simulate(FlowControlScenario.DEFAULTS);
        Table samples = trace.step(trace.stepCount() - 1).snapshot().table(TableKey.of("buffer-samples")).orElseThrow();
        for (Table.Row row : samples.rows()) {
            long buffer = Long.parseLong(row.cells().get(4));
            long unread = Long.parseLong(row.cells().get(5));
            long advertised = Long.parseLong(row.cells().get(8));
            assertThat(unread).isBetween(0L, buffer);
            assertThat(advertised).isLessThanOrEqualTo(buffer - unread);
        }
        assertThat(samples.rows().get(samples.rows().size() - 1).cells().get(9)).isEqualTo("160000");
    }

    @Test
    void withoutWindowScalingNoWindowExceeds65535Bytes() {
        Trace trace = FlowControlSimulator.simulate(with(1 << 20, 0, false));
        assertThat(trace.packets()).filteredOn(p -> p.from().equals("server"))
                .allMatch(p -> Integer.parseInt(p.label().replaceAll(".*win=(\\d+).*", "$1")) <= 65535);
        assertThat(trace.step(0).narration()).contains("125000 bytes").contains("exceeds")
                .contains("Window scaling is off");
    }

    @Test
    void withWindowScalingTheWindowFieldIsTheWindowDividedBy128() {
        Trace trace = FlowControlSimulator.simulate(with(1 << 20, 0, true));
        TracePacket synAck = trace.packets().get(1);
        assertThat(synAck.label()).contains("win=65535"); // a SYN's window is never scaled (RFC 7323 §2.2)
        TracePacket firstAck = trace.packets().stream().filter(p -> p.from().equals("server") && p.id() > 1)
                .findFirst().orElseThrow();
        // One 1460-byte segment sits unread: (1 MiB − 1460) >> 7 = 8180, the field the peer multiplies by 128.
        assertThat(firstAck.label()).contains("ack=1461 win=8180");
    }

    @Test
    void badSizesNameTheFieldAndTheAllowedRange() {
        FlowControlScenario d = FlowControlScenario.DEFAULTS;
        assertThatThrownBy(() -> FlowControlSimulator.simulate(new FlowControlScenario(d.rttMs(), d.bandwidthMbps(),
                d.seed(), 100, d.readRateKBps(), d.stallSeconds(), d.transferBytes(), true, "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("receiveBuffer:");
    }
}
