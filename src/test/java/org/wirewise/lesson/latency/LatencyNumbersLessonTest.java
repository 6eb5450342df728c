package org.wirewise.lesson.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.latency.ChattyService;
import org.wirewise.model.latency.LatencyNumbersScenario;
import org.wirewise.model.latency.LatencyTier;
import org.wirewise.model.latency.RttBarsFact;
import org.wirewise.model.latency.ScaleFact;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;

class LatencyNumbersLessonTest {

    private final LatencyNumbersLesson lesson = new LatencyNumbersLesson();

    @Test
    void theNetworkTiersGrowFromRackToSatelliteOnOneScale() {
        Trace trace = lesson.simulate(LatencyNumbersScenario.DEFAULTS);
        List<ScaleFact.Mark> marks = trace.steps().get(trace.steps().size() - 1).snapshot().fact(ScaleFact.class)
                .orElseThrow().marks();
        assertThat(marks).extracting(ScaleFact.Mark::tier).containsExactly(LatencyTier.values());
        List<Double> network = marks.stream().filter(m -> m.tier().kind() == LatencyTier.Kind.NETWORK)
                .map(ScaleFact.Mark::nanos).toList();
        for (int i = 1; i < network.size(); i++) {
            assertThat(network.get(i)).isGreaterThan(network.get(i - 1));
        }
        assertThat(marks).allSatisfy(m -> assertThat(m.consequence()).isNotBlank());
    }

    @Test
    void anotherRegionIsAshburnToSeattleOverFibreWithTheMapsRouteFactor() {
        // Independent: spherical law of cosines, light at c / 1.468, times 1.5.
        double p1 = Math.toRadians(39.0438);
        double p2 = Math.toRadians(47.6062);
        double dl = Math.toRadians(-122.3321 + 77.4874);
        double km = 6371.0 * Math.acos(Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(dl));
        double rttNanos = 2 * km / (299_792.458 / 1.468) * 1.5 * 1e9;
        assertThat(LatencyTier.ANOTHER_REGION.nanos()).isCloseTo(rttNanos, within(rttNanos * 0.005));
    }

    @Test
    void twentySequentialCrossRegionCallsCostTwentyRoundTrips() {
        Trace trace = lesson.simulate(LatencyNumbersScenario.DEFAULTS);
        Step last = trace.steps().get(trace.steps().size() - 1);
        ChattyService chatty = last.snapshot().fact(ChattyService.class).orElseThrow();
        assertThat(chatty.sequentialNanos()).isCloseTo(20 * LatencyTier.ANOTHER_REGION.nanos(), within(1.0));
        List<RttBarsFact.Bar> bars = last.snapshot().fact(RttBarsFact.class).orElseThrow().bars();
        assertThat(bars.get(0).ms()).isCloseTo(20 * bars.get(1).ms(), within(1e-6));
        assertThat(last.title()).startsWith("20 sequential calls, another region: 1.");
        assertThat(last.narration()).contains("20 × ");
    }

    @Test
    void theChattyTierIsAParameter() {
        Trace trace = lesson.simulate(new LatencyNumbersScenario(5, "same-data-centre"));
        Step last = trace.steps().get(trace.steps().size() - 1);
        assertThat(last.snapshot().fact(ChattyService.class).orElseThrow().sequentialNanos())
                .isCloseTo(5 * LatencyTier.SAME_DATA_CENTRE.nanos(), within(1.0));
        assertThat(last.title()).isEqualTo("5 sequential calls, same data centre: 1.0 ms");
    }
}
