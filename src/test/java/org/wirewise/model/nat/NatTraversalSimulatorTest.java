package org.wirewise.model.nat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;

class NatTraversalSimulatorTest {

    static Stream<Arguments> everyPair() {
        return Stream.of(Mapping.values()).flatMap(ma -> Stream.of(Filtering.values()).flatMap(fa ->
                Stream.of(Mapping.values()).flatMap(mb -> Stream.of(Filtering.values()).map(fb ->
                        Arguments.of(ma, fa, mb, fb)))));
    }

    @ParameterizedTest(name = "A {0}/{1} × B {2}/{3}")
    @MethodSource("everyPair")
    void thePathChosenMatchesTheHolePunchingOutcomeForEveryPair(Mapping ma, Filtering fa, Mapping mb, Filtering fb) {
        Trace trace = NatTraversalSimulator.simulate(new NatTraversalScenario(ma, fa, mb, fb, false, false, 60, 110, 1));
        boolean direct = HolePunching.attempt(new NatBehaviour(ma, fa, false), new NatBehaviour(mb, fb, false))
                .success();
        Step last = trace.step(trace.stepCount() - 1);
        assertThat(last.title()).isEqualTo(direct ? "Direct path chosen" : "Relayed path chosen");
        assertThat(last.snapshot().node(NatTraversalSimulator.PEER_A).orElseThrow().state())
                .isEqualTo(direct ? "connected" : "relayed");
        Table grid = last.snapshot().table(NatTraversalSimulator.GRID).orElseThrow();
        int row = ma.ordinal() * 3 + fa.ordinal();
        int column = 1 + mb.ordinal() * 3 + fb.ordinal();
        assertThat(grid.rows().get(row).cells().get(column)).isEqualTo(direct ? "✓" : "✗");
        assertThat(grid.rows().get(row).highlighted()).isTrue();
    }

    @ParameterizedTest(name = "A {0}/{1} × B {2}/{3}")
    @MethodSource("everyPair")
    void aPortForwardOnBOrPortPreservingNatsOpenADirectPathForEveryPair(Mapping ma, Filtering fa, Mapping mb,
                                                                         Filtering fb) {
        // With a forward, B's reflexive address takes anyone and B answers from it; with port preservation (and
        // no port clash) every mapping of a peer keeps one public port, so both reflexive addresses hold.
        for (boolean[] options : new boolean[][] {{false, true}, {true, false}, {true, true}}) {
            Trace trace = NatTraversalSimulator.simulate(new NatTraversalScenario(ma, fa, mb, fb, options[0],
                    options[1], 60, 110, 1));
            assertThat(trace.step(trace.stepCount() - 1).title()).as("preservation %s, forward %s", options[0],
                    options[1]).isEqualTo("Direct path chosen");
        }
    }

    @Test
    void theGridHasEveryPairOfTheNineBehaviours() {
        Trace trace = NatTraversalSimulator.simulate(NatTraversalScenario.DEFAULTS);
        Table grid = trace.step(0).snapshot().table(NatTraversalSimulator.GRID).orElseThrow();
        assertThat(grid.columns()).hasSize(10);
        assertThat(grid.rows()).hasSize(9).allMatch(r -> r.cells().size() == 10);
        long successes = grid.rows().stream().flatMap(r -> r.cells().stream().skip(1)).filter("✓"::equals).count();
        assertThat(successes).isBetween(1L, 80L);
    }

    @Test
    void iceCandidatePrioritiesFollowRfc8445() {
        // RFC 8445 §5.1.2.1 with the recommended type preferences of §5.1.2.2, local preference 65535, component 1.
        assertThat(Ice.priority(Ice.CandidateType.HOST, 65535, 1)).isEqualTo(2130706431L);
        assertThat(Ice.priority(Ice.CandidateType.SERVER_REFLEXIVE, 65535, 1)).isEqualTo(1694498815L);
        assertThat(Ice.priority(Ice.CandidateType.RELAYED, 65535, 1)).isEqualTo(16777215L);
        assertThat(Ice.pairPriority(2130706431L, 1694498815L))
                .isEqualTo((1694498815L << 32) + 2 * 2130706431L + 1);
        Trace trace = NatTraversalSimulator.simulate(NatTraversalScenario.DEFAULTS);
        Table candidates = trace.step(trace.stepCount() - 1).snapshot().table(NatTraversalSimulator.CANDIDATES)
                .orElseThrow();
        assertThat(candidates.rows()).extracting(r -> r.cells().get(1))
                .containsExactly("host", "srflx", "relay", "host", "srflx");
    }

    @Test
    void theRelayCostsTheExtraHopsLatency() {
        Trace relayed = NatTraversalSimulator.simulate(NatTraversalScenario.DEFAULTS);
        Measurement viaRelay = relayed.step(relayed.stepCount() - 1).snapshot().measurements().get(0);
        assertThat(viaRelay.label()).startsWith("relayed round trip");
        // B → relay → A → relay → B: one 110 ms relay round trip (four 27.5 ms hops) plus the LAN hops.
        assertThat(viaRelay.duration()).isBetween(110_000_000L, 115_000_000L);

        Trace direct = NatTraversalSimulator.simulate(new NatTraversalScenario(Mapping.ENDPOINT_INDEPENDENT,
                Filtering.ADDRESS_AND_PORT_DEPENDENT, Mapping.ENDPOINT_INDEPENDENT,
                Filtering.ADDRESS_AND_PORT_DEPENDENT, false, false, 60, 110, 1));
        Measurement straight = direct.step(direct.stepCount() - 1).snapshot().measurements().get(0);
        assertThat(straight.label()).startsWith("direct round trip");
        assertThat(straight.duration()).isBetween(60_000_000L, 63_000_000L);
    }

    @Test
    void aPortForwardOnBMakesEvenASymmetricPairWork() {
        NatTraversalScenario symmetric = new NatTraversalScenario(Mapping.ADDRESS_AND_PORT_DEPENDENT,
                Filtering.ADDRESS_AND_PORT_DEPENDENT, Mapping.ADDRESS_AND_PORT_DEPENDENT,
                Filtering.ADDRESS_AND_PORT_DEPENDENT, false, true, 60, 110, 1);
        Trace trace = NatTraversalSimulator.simulate(symmetric);
        assertThat(trace.step(trace.stepCount() - 1).title()).isEqualTo("Direct path chosen");
        assertThat(trace.step(3).title()).endsWith("198.51.100.2:50000");
    }

    @Test
    void theSameScenarioGivesTheSameTrace() {
        assertThat(NatTraversalSimulator.simulate(NatTraversalScenario.DEFAULTS))
                .isEqualTo(NatTraversalSimulator.simulate(NatTraversalScenario.DEFAULTS));
    }
}
