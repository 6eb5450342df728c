package org.wirewise.lesson.congestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.model.congestion.CongestionScenario;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;

/** The lesson's trace: what a learner steps through. */
class CongestionLessonTest {

    private final CongestionLesson lesson = new CongestionLesson();

    @Test
    void isInTheCatalogAndItsDefaultsCompareRenoCubicAndBbr() {
        assertThat(LessonCatalog.standard().find("congestion")).isPresent();
        Trace trace = lesson.simulate(CongestionScenario.DEFAULTS);
        assertThat(trace.lanes()).extracting(l -> l.subtitle()).containsExactly("reno", "cubic", "bbr");
        assertThat(trace.step(0).narration()).contains("version 1", "draft-ietf-ccwg-bbr");
        assertThat(trace.steps()).extracting(Step::title)
                .anyMatch(t -> t.contains("fast retransmit"))
                .anyMatch(t -> t.contains("BBR ProbeRTT"));
        Step last = trace.step(trace.stepCount() - 1);
        assertThat(last.snapshot().table("summary")).isPresent();
        assertThat(last.snapshot().table("summary").orElseThrow().rows()).hasSize(3);
        assertThat(CongestionSimulator.runOf(trace).results()).hasSize(3);
    }

    @Test
    void aFastRetransmitStepShowsRenoHalvingAndInflatingByThree() {
        Trace trace = lesson.simulate(new CongestionScenario("reno", CongestionScenario.Compare.SEPARATE, 1, 10, 50, 1,
                1, 0, 10, true, 1));
        Step loss = trace.steps().stream().filter(s -> s.title().contains("fast retransmit")).findFirst().orElseThrow();
        var reno = loss.snapshot().node("run0-flow0").orElseThrow();
        double cwnd = Double.parseDouble(reno.variable("cwnd").replace(" seg", ""));
        double ssthresh = Double.parseDouble(reno.variable("ssthresh").replace(" seg", ""));
        assertThat(cwnd).isEqualTo(ssthresh + 3); // RFC 5681 §3.2 step 3
        assertThat(loss.references()).contains("RFC 5681 §3.2");
    }

    @Test
    void sharedModePutsBothAlgorithmsOnOneBottleneck() {
        Trace trace = lesson.simulate(new CongestionScenario("bbr, cubic", CongestionScenario.Compare.SHARED, 2, 50, 40,
                1, 1, 0, 10, true, 4));
        assertThat(trace.lanes()).hasSize(4);
        assertThat(CongestionSimulator.runOf(trace).labels()).containsExactly("bbr + cubic");
    }

    @Test
    void theSameScenarioGivesTheSameTrace() {
        CongestionScenario sc = new CongestionScenario("cubic,bbr", CongestionScenario.Compare.SEPARATE, 2, 20, 30, 2,
                0.5, 0.5, 5, true, 9);
        assertThat(lesson.simulate(sc)).isEqualTo(lesson.simulate(sc));
    }

    @Test
    void badAlgorithmListsAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> lesson.simulate(new CongestionScenario("reno,vegas", CongestionScenario.Compare.SEPARATE,
                1, 10, 50, 1, 1, 0, 10, true, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("algorithms: unknown algorithm \"vegas\"");
        assertThatThrownBy(() -> lesson.simulate(new CongestionScenario(" , ", CongestionScenario.Compare.SEPARATE,
                1, 10, 50, 1, 1, 0, 10, true, 1))).hasMessageStartingWith("algorithms: expected at least one");
        assertThatThrownBy(() -> lesson.simulate(new CongestionScenario("reno,cubic", CongestionScenario.Compare.SHARED,
                30, 10, 50, 1, 1, 0, 10, true, 1))).hasMessageStartingWith("flows: at most 50");
    }
}
