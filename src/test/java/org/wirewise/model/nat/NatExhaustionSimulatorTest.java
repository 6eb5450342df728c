package org.wirewise.model.nat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;

class NatExhaustionSimulatorTest {

    @Test
    void oneAddressRunsOutAfterCapacityOverRateAndTheNatDropsTheSyn() {
        Trace trace = NatExhaustionSimulator.simulate(NatExhaustionScenario.DEFAULTS);
        Step failure = trace.steps().stream().filter(s -> s.title().contains("no port left")).findFirst().orElseThrow();
        // 64,512 ports (1024–65535) ÷ 800 new connections a second = 80.64 s, before any 120 s hold runs out.
        assertThat(failure.time()).isBetween(80_640_000_000L, 80_641_000_000L);
        assertThat(trace.packets().get(failure.packetId()).label()).endsWith("✗ no port");
        assertThat(trace.packets()).noneMatch(p -> p.sentAt() >= 80_640_000_000L && p.from().equals("nat"));
        Table usage = trace.step(trace.stepCount() - 2).snapshot().table(NatExhaustionSimulator.USAGE).orElseThrow();
        Table.Row steady = usage.rows().get(usage.rows().size() - 1);
        assertThat(steady.cells().get(1)).isEqualTo("64,512");
    }

    @Test
    void theSampleSynsCrossARealNatThatKeepsThePortAndThenHasNoneLeftOnAnyAddress() {
        // 2 addresses × 64,512 ports ÷ 2,000 a second = 64.512 s: the whole pool is taken before any hold ends.
        Trace trace = NatExhaustionSimulator.simulate(new NatExhaustionScenario(200, 2000, 120, 2, false, 1));
        var inside = trace.packets().stream().filter(p -> p.from().equals("clients")).toList();
        var outside = trace.packets().stream().filter(p -> p.from().equals("nat")).toList();
        assertThat(inside).hasSize(2);
        assertThat(outside).hasSize(1);
        assertThat(Translation.source(outside.get(0).frame()))
                .isEqualTo(new Endpoint(Endpoint.of("203.0.113.1", 1).address(), Translation.source(
                        inside.get(0).frame()).port()));
        assertThat(inside.get(1).label()).endsWith("✗ no port");
        assertThat(inside.get(1).sentAt()).isEqualTo(64_512_000_000L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "more addresses,  200, 800, 120, 2, false, -1",
            "connection reuse, 200, 800, 120, 1, true, -1",
            "shorter hold,     200, 800, 30,  1, false, -1",
            "faster rate,      200, 2000, 120, 1, false, 32.256",
    })
    void theFixesMoveOrRemoveTheFailure(String name, int clients, int rate, int hold, int addresses, boolean reuse,
                                        double expected) {
        NatExhaustionScenario s = new NatExhaustionScenario(clients, rate, hold, addresses, reuse, 1);
        assertThat(NatExhaustionSimulator.failureTime(s)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        Trace trace = NatExhaustionSimulator.simulate(s);
        Table fixes = trace.step(trace.stepCount() - 1).snapshot().table(NatExhaustionSimulator.FIXES).orElseThrow();
        assertThat(fixes.rows().get(0).cells().get(3)).isEqualTo(expected < 0 ? "✓ fits" : "✗ fails");
        assertThat(trace.steps().stream().anyMatch(st -> st.title().contains("no port left"))).isEqualTo(expected >= 0);
    }

    @Test
    void theSteadyStateStepGivesTheRateTheModelFreesPortsAtThatMoment() {
        Trace trace = NatExhaustionSimulator.simulate(NatExhaustionScenario.DEFAULTS);
        Step steady = trace.step(trace.stepCount() - 2);
        // At 130 s the mappings made at 10 s expire: all 800 of that second got a port (8,000 < 64,512),
        // so 800 are freed and all 800 new connections get one; the long-run average, 64,512 ÷ 120 =
        // 537, is what it frees over a whole hold time, not at this moment.
        assertThat(steady.narration()).contains("At 130 s the NAT frees 800 ports a second")
                .contains("so 0 fail this second").contains("= 537 ports a second on average");
    }

    @Test
    void valuesOutsideTheLessonNameTheField() {
        assertThatThrownBy(() -> NatExhaustionSimulator.simulate(new NatExhaustionScenario(200, 800, 120, 0, false, 1)))
                .hasMessageContaining("publicAddresses");
    }
}
