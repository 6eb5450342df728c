package org.wirewise.model.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.LossModel;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;

class LatencyComponentsTest {

    private static final ComponentsScenario DEFAULTS = ComponentsScenario.DEFAULTS;

    /** The worked example, from the link that carries packets: 1 MB takes 80 ms at 100 Mb/s, 8 ms at 1 Gb/s. */
    @Test
    void oneMegabyteTakesEightyMillisecondsAtOneHundredMegabitsAndEightAtOneGigabit() {
        assertThat(arrivalOfOneMegabyte(100_000_000L)).isEqualTo(80 * SimTime.MILLISECOND);
        assertThat(arrivalOfOneMegabyte(1_000_000_000L)).isEqualTo(8 * SimTime.MILLISECOND);
    }

    private static long arrivalOfOneMegabyte(long bps) {
        Simulation sim = new Simulation(1);
        Link<byte[]> link = new Link<>(sim, "mb", bps, 0, 10, LossModel.NONE, b -> b.length);
        long[] arrived = {-1};
        link.connect(b -> arrived[0] = sim.now());
        link.send(new byte[1_000_000]);
        sim.run();
        return arrived[0];
    }

    @Test
    void theLessonsExamplesTableShowsTheSameFigures() {
        Trace trace = LatencyComponentsSimulator.simulate(DEFAULTS);
        var table = trace.step(trace.stepCount() - 1).snapshot().table(LatencyComponentsSimulator.EXAMPLES).orElseThrow();
        assertThat(table.rows().get(0).cells()).containsExactly("1 MB", "100 Mb/s", "80.000 ms");
        assertThat(table.rows().get(1).cells()).containsExactly("1 MB", "1 Gb/s", "8.000 ms");
    }

    /** Propagation over the long haul is distance over c / 1.468: 2,000 km takes about 9.79 ms, not 10. */
    @Test
    void propagationIsDistanceOverTheSpeedOfLightInFibre() {
        DelayBreakdown d = breakdown(new ComponentsScenario(1500, 1000, 100, 2000, 0, 20, 100, 1));
        long haul = d.parts().stream().filter(p -> p.kind() == DelayBreakdown.Kind.PROPAGATION
                && p.where().startsWith("router A")).findFirst().orElseThrow().nanos();
        assertThat(haul / 1e6).isCloseTo(2000 / (299_792.458 / 1.468) * 1000, within(0.001));
        assertThat(haul / 1e6).isBetween(9.7, 10.0);
    }

    /** With no cross traffic nothing queues, and every other delay is what each link's rate and length give. */
    @Test
    void anIdlePathHasNoQueuingAndTheOtherDelaysAddUp() {
        DelayBreakdown d = breakdown(new ComponentsScenario(1500, 1000, 100, 1000, 0, 20, 100, 1));
        assertThat(d.total(DelayBreakdown.Kind.QUEUING)).isZero();
        assertThat(d.total(DelayBreakdown.Kind.PROCESSING)).isEqualTo(40 * SimTime.MICROSECOND);
        // 1514 + 24 bytes: twice at 1 Gb/s (12.304 µs), once at 100 Mb/s (123.04 µs).
        assertThat(d.total(DelayBreakdown.Kind.TRANSMISSION)).isEqualTo(12_304 + 123_040 + 12_304);
    }

    @Test
    void queuingGrowsSharplyAsLoadApproachesOne() {
        long low = breakdownAverageQueuing(0.3);
        long high = breakdownAverageQueuing(0.9);
        assertThat(high).isGreaterThan(8 * low);
    }

    private static long breakdownAverageQueuing(double load) {
        return Math.round(QueueSweep.measuredWait(3, load, 100_000_000L, 1538, 20_000));
    }

    /**
     * Equal packet sizes give a fixed service time, so the simulated queue is M/D/1: its mean wait
     * lands within 10 % of ρS/2(1 − ρ) and far from M/M/1's ρS/(1 − ρ), which is twice that.
     */
    @Test
    void theSimulatedQueueMatchesMd1NotMm1() {
        long service = SimTime.serialization(1538, 100_000_000L);
        for (double load : new double[] {0.5, 0.8}) {
            double measured = QueueSweep.measuredWait(7, load, 100_000_000L, 1538, 20_000);
            assertThat(measured).as("load " + load).isCloseTo(Queueing.waitMd1(load, service),
                    org.assertj.core.data.Percentage.withPercentage(10));
            assertThat(measured).as("load " + load).isLessThan(0.7 * Queueing.waitMm1(load, service));
        }
    }

    /** The network run itself (routers, real frames) measures the same M/D/1 mean as the bare link. */
    @Test
    void theNetworksCrossTrafficWaitsAsMd1Predicts() {
        ComponentsPath path = new ComponentsPath(new ComponentsScenario(1500, 1000, 100, 1000, 0.8, 20, 20_000, 5));
        path.run();
        double mean = path.crossOnLongHaul().stream().mapToLong(ComponentsPath.Hop::queuing).average().orElseThrow();
        assertThat(mean).isCloseTo(Queueing.waitMd1(0.8, path.crossService()),
                org.assertj.core.data.Percentage.withPercentage(10));
    }

    @Test
    void everyStepsBarAddsUpToTheProbesTimeOnTheWire() {
        Trace trace = LatencyComponentsSimulator.simulate(DEFAULTS);
        DelayBreakdown whole = trace.step(trace.stepCount() - 1).snapshot().fact(DelayBreakdown.class).orElseThrow();
        List<org.wirewise.model.trace.TracePacket> ours = trace.packets().stream()
                .filter(p -> p.label().startsWith("our packet")).toList();
        assertThat(ours).hasSize(3);
        assertThat(whole.total()).isEqualTo(ours.get(2).arrivesAt() - ours.get(0).sentAt());
        assertThat(whole.total(DelayBreakdown.Kind.QUEUING)).isPositive();
        for (Step s : trace.steps()) {
            assertThat(s.snapshot().fact(DelayBreakdown.class)).isPresent();
        }
    }

    @Test
    void theSameScenarioGivesTheSameTraceAndTheSeedMovesTheQueue() {
        assertThat(LatencyComponentsSimulator.simulate(DEFAULTS)).isEqualTo(LatencyComponentsSimulator.simulate(DEFAULTS));
        ComponentsScenario other = new ComponentsScenario(1500, 1000, 100, 1000, 0.7, 20, 2000, 2);
        assertThat(breakdown(other).total(DelayBreakdown.Kind.QUEUING))
                .isNotEqualTo(breakdown(DEFAULTS).total(DelayBreakdown.Kind.QUEUING));
    }

    private static DelayBreakdown breakdown(ComponentsScenario s) {
        Trace trace = LatencyComponentsSimulator.simulate(s);
        return trace.step(trace.stepCount() - 1).snapshot().fact(DelayBreakdown.class).orElseThrow();
    }
}
