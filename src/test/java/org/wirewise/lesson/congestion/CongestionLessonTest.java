package org.wirewise.lesson.congestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.congestion.CongestionScenario;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.catalog.LessonRegistry;

/** The lesson's trace: what a learner steps through. */
class CongestionLessonTest {

    private final CongestionLesson lesson = new CongestionLesson();

    @Test
    void isInTheCatalogAndItsDefaultsCompareRenoCubicAndBbr() {
        assertThat(LessonRegistry.standard().catalog().find("congestion")).isPresent();
        Trace trace = lesson.simulate(CongestionScenario.DEFAULTS);
        assertThat(trace.lanes()).extracting(l -> l.subtitle()).containsExactly("reno", "cubic", "bbr");
        assertThat(trace.step(0).narration()).contains("version 1", "draft-ietf-ccwg-bbr");
        assertThat(trace.steps()).extracting(Step::title)
                .anyMatch(t -> t.contains("fast retransmit"))
                .anyMatch(t -> t.contains("BBR ProbeRTT"));
        Step last = trace.step(trace.stepCount() - 1);
        assertThat(last.snapshot().table(TableKey.of("summary"))).isPresent();
        assertThat(last.snapshot().table(TableKey.of("summary")).orElseThrow().rows()).hasSize(3);
        assertThat(CongestionSimulator.runOf(trace).results()).hasSize(3);
    }

    @Test
    void withSackAFastRetransmitStepShowsRenoHalvingWithoutInflation() {
        Trace trace = lesson.simulate(new CongestionScenario("reno", CongestionScenario.Compare.SEPARATE, 1, 10, 50, 1,
                1, 0, 10, true, 1));
        Step loss = trace.steps().stream().filter(s -> s.title().contains("fast retransmit")).findFirst().orElseThrow();
        var reno = loss.snapshot().node("run0-flow0").orElseThrow();
        assertThat(reno.variable("cwnd")).isEqualTo(reno.variable("ssthresh")); // RFC 6675 §5 step 4.2
        assertThat(loss.title()).contains("RACK");
        assertThat(loss.references()).contains("RFC 8985 §6.2", "RFC 6675 §5");
    }

    @Test
    void withoutSackAFastRetransmitStepShowsRenoHalvingAndInflatingByThree() {
        Trace trace = lesson.simulate(new CongestionScenario("reno", CongestionScenario.Compare.SEPARATE, 1, 10, 50, 1,
                1, 0, 10, false, 1));
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

    @Test
    void chosenDropsShowNewRenoPartialAcksAsSteps() throws Exception {
        CongestionScenario sc = lesson.schema().with(lesson.schema().with(lesson.schema().with(lesson.schema().with(
                lesson.schema().with(CongestionScenario.DEFAULTS, "algorithms", "newreno,reno"), "sack", "false"),
                "bufferBdp", "20"), "durationS", "3"), "drop", "31,33,35");
        Trace trace = lesson.simulate(sc);
        assertThat(trace.step(0).narration()).contains("Segments 31, 33, 35 of flow 1 are lost");
        List<Step> partial = trace.steps().stream().filter(s -> s.title().contains("partial ACK")).toList();
        assertThat(partial).extracting(Step::title).containsExactly(
                "newreno flow 1: partial ACK, segment 33 resent at once",
                "newreno flow 1: partial ACK, segment 35 resent at once");
        assertThat(partial.get(0).narration()).contains("RFC 6582 §3.2 step 4", "timer restarts", "RFC 6298 §5.3");
        assertThat(partial.get(1).narration()).contains("\"Impatient\" variant");
        assertThat(partial.get(0).references()).contains("RFC 6582 §3.2");
    }

    @Test
    void badDropListsAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> lesson.simulate(new CongestionScenario("reno", CongestionScenario.Compare.SEPARATE, 1,
                10, 50, 1, 1, 0, 10, true, 1, 0, "31,x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("drop: \"x\" is not a segment number");
        assertThatThrownBy(() -> lesson.simulate(new CongestionScenario("reno", CongestionScenario.Compare.SEPARATE, 1,
                10, 50, 1, 1, 0, 10, true, 1, 0, "0"))).hasMessageStartingWith("drop: segment numbers start at 1");
    }

    @Test
    void startSpacingMakesLaterFlowsJoinLate() throws Exception {
        CongestionScenario sc = lesson.schema().with(lesson.schema().with(lesson.schema().with(
                CongestionScenario.DEFAULTS, "algorithms", "cubic"), "flows", "3"), "staggerS", "4");
        Trace trace = lesson.simulate(sc);
        var run = CongestionSimulator.runOf(trace).results().get(0);
        assertThat(run.config().flows()).extracting(f -> f.startNs())
                .containsExactly(0L, 4_000_000_000L, 8_000_000_000L);
        assertThat(trace.step(0).narration()).contains("Flows start 4 s apart (flow 3 at 8 s)");
        assertThat(trace.steps()).extracting(Step::title).contains("cubic flow 2 joins at 4 s", "cubic flow 3 joins at 8 s");
        Step joins = trace.steps().stream().filter(s -> s.title().equals("cubic flow 3 joins at 8 s")).findFirst()
                .orElseThrow();
        assertThat(joins.snapshot().node("run0-flow2").orElseThrow().state()).isEqualTo("not started");
        assertThat(trace.step(trace.stepCount() - 1).narration()).contains("started 4 s apart");
        assertThatThrownBy(() -> lesson.simulate(lesson.schema().with(sc, "staggerS", "15")))
                .hasMessageStartingWith("staggerS: flow 3 would start at 30 s");
    }

    @Test
    void missingNewKeysTakeTheirDefaults() throws Exception {
        // Scenario files saved before start spacing and chosen drops existed still load.
        CongestionScenario sc = lesson.schema().build(java.util.Map.of("algorithms", "bbr"));
        assertThat(sc.staggerS()).isZero();
        assertThat(sc.drop()).isEmpty();
    }

    @Test
    void onALossyLinkTheNarrationGivesTheRunsNumbersAndNamesBbrV1() throws Exception {
        CongestionScenario sc = lesson.schema().with(lesson.schema().with(lesson.schema().with(lesson.schema().with(
                CongestionScenario.DEFAULTS, "algorithms", "cubic,bbr"), "lossPercent", "1"), "rttMs", "50"),
                "durationS", "20");
        String text = lesson.simulate(sc).step(0).narration();
        assertThat(text).contains("BBR v1", "RACK (RFC 8985 §6.2)", "Mathis et al. 1997", "2.9 Mb/s",
                "bbr_set_cwnd_to_recover_or_restore", "Goodput in this run: cubic ");
        // BBR's share is printed as measured: above 80 % of the link.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("bbr \\d+ Mb/s \\((\\d+) %\\)").matcher(text);
        assertThat(m.find()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isGreaterThan(80);
        Trace trace = lesson.simulate(sc);
        Step bbrLoss = trace.steps().stream().filter(st -> st.title().startsWith("bbr flow 1: loss found")).findFirst()
                .orElseThrow();
        var bbr = bbrLoss.snapshot().node("run1-flow0").orElseThrow();
        assertThat(bbr.variable("loss recovery")).isEqualTo("fast recovery");
        assertThat(bbrLoss.narration()).contains("packet conservation", "cwnd is now " + bbr.variable("cwnd")
                .replace(" seg", "") + " segments");
        assertThat(trace.steps()).extracting(Step::title).anyMatch(t -> t.matches("bbr flow 1: retransmission of "
                + "segment \\d+ lost too"));
    }
}
