package org.wirewise.model.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;

/** Head-of-line blocking: in-order delivery holds back data that has already arrived. */
class HeadOfLineSimulatorTest {

    private static List<Table.Row> timeline(Trace trace) {
        return trace.step(trace.stepCount() - 1).snapshot().table(HeadOfLineSimulator.TIMELINE).orElseThrow().rows();
    }

    private static long cell(Table.Row row, int column) {
        return Long.parseLong(row.cells().get(column));
    }

    @Test
    void messagesBehindTheLostOneArriveOnTimeButAreDeliveredOnlyWhenTheHoleIsFilled() {
        Trace trace = HeadOfLineSimulator.simulate(HeadOfLineScenario.DEFAULTS);
        List<Table.Row> rows = timeline(trace);
        long holeFilled = cell(rows.get(2), 3);
        for (int i = 0; i < rows.size(); i++) {
            Table.Row row = rows.get(i);
            if (i < 2) {
                assertThat(cell(row, 3)).as("message %d", i + 1).isEqualTo(cell(row, 2)); // delivered on arrival
            } else {
                assertThat(cell(row, 3)).as("message %d", i + 1).isEqualTo(holeFilled);
            }
        }
        // Message 4 arrived well before message 3's retransmission, and waited for it.
        assertThat(holeFilled - cell(rows.get(3), 2)).isGreaterThan(100_000_000L);
        assertThat(trace.steps()).extracting(Step::title).contains("Message 4 arrives, and waits",
                "Third duplicate ACK: fast retransmit", "The hole is filled: messages 3–10 at once");
    }

    @Test
    void withoutALossEveryMessageIsDeliveredTheMomentItArrives() {
        HeadOfLineScenario d = HeadOfLineScenario.DEFAULTS;
        Trace trace = HeadOfLineSimulator.simulate(new HeadOfLineScenario(d.rttMs(), d.bandwidthMbps(), d.seed(),
                d.messages(), d.messageBytes(), d.intervalMs(), 0, ""));
        assertThat(timeline(trace)).allMatch(r -> r.cells().get(2).equals(r.cells().get(3)));
    }

    @Test
    void theReceiveBufferShowsTheDataHeldBeyondTheHole() {
        Trace trace = HeadOfLineSimulator.simulate(HeadOfLineScenario.DEFAULTS);
        Step waiting = trace.steps().stream().filter(s -> s.title().equals("Message 6 arrives, and waits"))
                .findFirst().orElseThrow();
        List<Table.Row> samples = waiting.snapshot().table(TableKey.of("buffer-samples")).orElseThrow().rows();
        Table.Row last = samples.get(samples.size() - 1);
        assertThat(last.cells().get(6)).isEqualTo("3000"); // messages 4–6 out of order
        // Each held segment, as offsets from RCV.NXT: the first 1000 bytes (message 3) are the hole.
        assertThat(last.cells().get(7)).isEqualTo("1000-2000 2000-3000 3000-4000");
    }

    @Test
    void aLostMessageBeyondTheStreamIsRefusedWithTheRange() {
        HeadOfLineScenario d = HeadOfLineScenario.DEFAULTS;
        assertThatThrownBy(() -> HeadOfLineSimulator.simulate(new HeadOfLineScenario(d.rttMs(), d.bandwidthMbps(),
                d.seed(), 5, d.messageBytes(), d.intervalMs(), 9, ""))).hasMessage(
                "lostMessage: expected 0 (none) to 5, got 9");
    }
}
