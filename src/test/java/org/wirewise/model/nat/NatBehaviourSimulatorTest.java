package org.wirewise.model.nat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;

/** The lesson's probes give RFC 4787's answers for all nine combinations, and say which rule decided. */
class NatBehaviourSimulatorTest {

    static Stream<Arguments> everyCombination() {
        return Stream.of(Mapping.values()).flatMap(m -> Stream.of(Filtering.values()).map(f -> Arguments.of(m, f)));
    }

    @ParameterizedTest(name = "{0} mapping, {1} filtering")
    @MethodSource("everyCombination")
    void probesAndMappingTestsFollowRfc4787(Mapping m, Filtering f) {
        Trace trace = NatBehaviourSimulator.simulate(new NatBehaviourScenario(m, f, false, 40, 1));
        List<String> titles = trace.steps().stream().map(Step::title).toList();
        assertThat(titles.get(2)).startsWith("Let in: the answer from Y1:3478");
        assertThat(titles.get(3)).startsWith(f == Filtering.ADDRESS_AND_PORT_DEPENDENT ? "Dropped" : "Let in");
        assertThat(titles.get(4)).startsWith(f == Filtering.ENDPOINT_INDEPENDENT ? "Let in" : "Dropped");
        assertThat(titles.get(5).contains("new mapping")).isEqualTo(m == Mapping.ADDRESS_AND_PORT_DEPENDENT);
        assertThat(titles.get(6).contains("new mapping")).isEqualTo(m != Mapping.ENDPOINT_INDEPENDENT);

        Table atProbe = trace.step(4).snapshot().table(NatBehaviourSimulator.RESULTS).orElseThrow();
        assertThat(atProbe.rows().get(0).highlighted()).as("the newest test, on top, is the step's").isTrue();
        assertThat(atProbe.rows().get(0).cells()).as("filtering decides a probe").endsWith("Filtering");
        Table atMapping = trace.step(6).snapshot().table(NatBehaviourSimulator.RESULTS).orElseThrow();
        assertThat(atMapping.rows().get(0).cells()).as("mapping decides a new destination").endsWith("Mapping");
        assertThat(atMapping.rows().get(1).highlighted()).isFalse();
        Table results = trace.step(trace.stepCount() - 1).snapshot().table(NatBehaviourSimulator.RESULTS)
                .orElseThrow();
        assertThat(results.rows()).hasSize(5);
        assertThat(trace.step(trace.stepCount() - 1).title()).contains(new NatBehaviour(m, f, false).shortName());
    }

    @ParameterizedTest(name = "{0} mapping, {1} filtering")
    @MethodSource("everyCombination")
    void theStunAnswerTellsTheHostItsMappedAddress(Mapping m, Filtering f) {
        Trace trace = NatBehaviourSimulator.simulate(new NatBehaviourScenario(m, f, true, 40, 1));
        byte[] answer = trace.packets().get(2).frame();
        byte[] stun = java.util.Arrays.copyOfRange(answer, 14 + 20 + 8, answer.length);
        Endpoint mapped = Stun.reflexiveAddress(stun);
        assertThat(mapped).isEqualTo(Translation.source(trace.packets().get(1).frame()));
        assertThat(mapped.port()).as("port preservation").isEqualTo(50000);
    }
}
