package org.wirewise.model.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TimerFact;
import org.wirewise.model.trace.Trace;

/**
 * What the TCP views draw comes as typed facts and series, and says what the tables beside them
 * say: a view never has to read a number back out of a cell.
 */
class TcpFactsTest {

    @Test
    void everyStepsTimersAreTheRowsOfItsTimersTable() {
        Trace trace = LifecycleSimulator.simulate(LifecycleScenario.DEFAULTS);
        int withTimers = 0;
        for (Step step : trace.steps()) {
            Snapshot s = step.snapshot();
            List<TimerFact> timers = s.facts(TimerFact.class);
            List<List<String>> rows = s.table(TcpRig.TIMERS_TABLE).orElseThrow().rows().stream()
                    .map(Table.Row::cells).toList();
            assertThat(timers.stream().map(t -> List.of(t.lane(), t.name(), Long.toString(t.armedAt()),
                    Long.toString(t.expiresAt()))).toList()).isEqualTo(rows);
            timers.forEach(t -> assertThat(t.armedAt()).isLessThanOrEqualTo(step.time()));
            withTimers += timers.isEmpty() ? 0 : 1;
        }
        assertThat(withTimers).as("steps with a running timer").isPositive();
    }

    @Test
    void theBufferSeriesOfTheTraceHoldsEverySampleTheStepsShowAndThoseAfterTheLastStep() {
        Trace trace = FlowControlSimulator.simulate(FlowControlScenario.DEFAULTS);
        BufferHistory last = trace.step(trace.stepCount() - 1).snapshot().fact(BufferHistory.class).orElseThrow();
        LongSeries series = trace.series(BufferHistory.SERIES).orElseThrow();

        assertThat(series.size()).isGreaterThanOrEqualTo(last.samples().size());
        for (int i = 0; i < last.samples().size(); i++) {
            BufferHistory.Sample s = last.samples().get(i);
            assertThat(series.time(i)).isEqualTo(s.time());
            assertThat(new long[] {series.get(i, 1), series.get(i, 4), series.get(i, 6)})
                    .containsExactly(s.sendUsed(), s.unread(), s.advertisedWindow());
        }
        // The receiver's buffer fills while the reader is slow: the window reaches zero at some point.
        assertThat(last.samples()).anyMatch(s -> s.advertisedWindow() == 0);
    }

    @Test
    void aBufferSampleAtAMomentIsTheLastOneTakenBeforeIt() {
        Trace trace = FlowControlSimulator.simulate(FlowControlScenario.DEFAULTS);
        BufferHistory history = trace.step(trace.stepCount() - 1).snapshot().fact(BufferHistory.class).orElseThrow();
        BufferHistory.Sample second = history.samples().get(1);

        assertThat(history.at(second.time())).isSameAs(second);
        assertThat(history.at(second.time() - 1)).isSameAs(history.samples().get(0));
        assertThat(history.at(-1)).isSameAs(history.samples().get(0));
    }

    @Test
    void theHeadOfLineTimelineFactGivesEachMessagesThreeMoments() {
        HeadOfLineScenario sc = HeadOfLineScenario.DEFAULTS;
        Trace trace = HeadOfLineSimulator.simulate(sc);
        MessageTimeline timeline = trace.step(trace.stepCount() - 1).snapshot().fact(MessageTimeline.class)
                .orElseThrow();

        assertThat(timeline.messages()).hasSize((int) sc.messages());
        for (MessageTimeline.Message m : timeline.messages()) {
            assertThat(m.sent()).isLessThan(m.arrived());
            assertThat(m.arrived()).isLessThanOrEqualTo(m.delivered());
        }
        assertThat(timeline.latest()).isLessThanOrEqualTo(trace.duration());
    }

    @Test
    void thePortChartDrawsTheTracesPortsInUseAgainstTheBudget() {
        Trace trace = PortsSimulator.simulate(PortsScenario.DEFAULTS);
        PortBudget budget = trace.step(0).snapshot().fact(PortBudget.class).orElseThrow();
        LongSeries inUse = trace.series(PortsSimulator.PORTS_IN_USE).orElseThrow();

        assertThat(budget.available()).isEqualTo(PortsScenario.DEFAULTS.portRange().size());
        assertThat(inUse.size()).isGreaterThan(10);
        assertThat(inUse.get(0, 0)).isZero();
        if (budget.runsOut()) {
            int at = inUse.rowAt(Math.round(budget.failsAtSeconds() * 1e9));
            assertThat(inUse.get(inUse.size() - 1, 0)).isGreaterThanOrEqualTo(inUse.get(Math.max(at, 0), 0));
        }
    }
}
