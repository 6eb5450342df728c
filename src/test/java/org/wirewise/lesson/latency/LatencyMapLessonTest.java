package org.wirewise.lesson.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.latency.LatencyMapExplainer;
import org.wirewise.model.latency.LatencyMapScenario;
import org.wirewise.model.latency.RouteFact;
import org.wirewise.model.latency.RttBarsFact;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ScenarioException;

class LatencyMapLessonTest {

    private final LatencyMapLesson lesson = new LatencyMapLesson();

    private static List<String> row(Trace trace, String name) {
        Table t = trace.steps().get(trace.steps().size() - 1).snapshot().table(LatencyMapExplainer.NUMBERS).orElseThrow();
        return t.rows().stream().filter(r -> r.cells().get(0).startsWith(name)).findFirst().orElseThrow().cells();
    }

    @Test
    void newYorkToLondonShowsTheIssuesNumbersStepByStep() {
        Trace trace = lesson.simulate(LatencyMapScenario.DEFAULTS);
        assertThat(trace.steps()).extracting(Step::title).hasSize(6);
        assertThat(trace.steps().get(0).title()).contains("5,570 km");
        assertThat(row(trace, "Minimum RTT").get(1)).isEqualTo("54.6 ms");
        // 1.5 x 54.6 ms, and a new HTTPS connection three of those, a reused one one.
        assertThat(row(trace, "Typical RTT").get(1)).isEqualTo("81.8 ms");
        assertThat(row(trace, "HTTPS request, new").get(1)).isEqualTo("245 ms");
        assertThat(row(trace, "HTTPS request, reused").get(1)).isEqualTo("81.8 ms");
        assertThat(trace.steps().get(4).narration()).contains("ClientHello", "reuse saves 164 ms");
    }

    @Test
    void eachStepAddsItsNumbersAndBarsAndTheMapAlwaysHasTheRoute() {
        Trace trace = lesson.simulate(LatencyMapScenario.DEFAULTS);
        int rows = 0;
        for (Step s : trace.steps()) {
            Table t = s.snapshot().table(LatencyMapExplainer.NUMBERS).orElseThrow();
            assertThat(t.rows().size()).isGreaterThan(rows);
            assertThat(t.rows().get(t.rows().size() - 1).highlighted()).isTrue();
            rows = t.rows().size();
            RouteFact route = s.snapshot().fact(RouteFact.class).orElseThrow();
            assertThat(route.from().name()).isEqualTo("New York");
            assertThat(route.arc()).hasSizeGreaterThan(2);
        }
        List<RttBarsFact.Bar> last = trace.steps().get(5).snapshot().fact(RttBarsFact.class).orElseThrow().bars();
        assertThat(last).extracting(RttBarsFact.Bar::kind).contains(RttBarsFact.Kind.SATELLITE);
        // A geostationary hop is slower than a new HTTPS connection over fibre here.
        assertThat(last.get(last.size() - 1).ms()).isGreaterThan(last.get(last.size() - 2).ms());
    }

    @Test
    void citiesOutsideTheTableAreRefusedByTheParameterWithTheChoices() {
        assertThatThrownBy(() -> LatencyMapLesson.TO.parse("Atlantis")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("to: expected one of").hasMessageContaining("London");
        assertThatThrownBy(() -> lesson.simulate(new LatencyMapScenario("New York", "Londn", 1.5)))
                .hasMessageContaining("closest: London");
    }

    @Test
    void pickingTheSameCityTwiceGivesZeroAndNoCrash() {
        Trace trace = lesson.simulate(new LatencyMapScenario("Tokyo", "Tokyo", 1.5));
        assertThat(row(trace, "Distance").get(1)).isEqualTo("0 km");
    }
}
