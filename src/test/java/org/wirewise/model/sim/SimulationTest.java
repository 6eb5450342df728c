package org.wirewise.model.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

    @Test
    void eventsRunInTimeOrderAndTiesInSchedulingOrder() {
        Simulation sim = new Simulation(1);
        List<String> log = new ArrayList<>();
        sim.at(30, () -> log.add("c@30"));
        sim.at(10, () -> log.add("a@10"));
        sim.at(10, () -> log.add("b@10"));
        sim.at(20, () -> {
            log.add("x@20");
            sim.schedule(0, () -> log.add("y@20, scheduled during x"));
            sim.schedule(5, () -> log.add("z@25"));
        });
        sim.run();
        assertThat(log).containsExactly("a@10", "b@10", "x@20", "y@20, scheduled during x", "z@25", "c@30");
        assertThat(sim.now()).isEqualTo(30);
        assertThat(sim.executedEvents()).isEqualTo(6);
    }

    @Test
    void runUntilLeavesLaterEventsQueued() {
        Simulation sim = new Simulation(1);
        List<Long> seen = new ArrayList<>();
        for (long t : new long[] {5, 10, 15}) {
            sim.at(t, () -> seen.add(sim.now()));
        }
        sim.runUntil(10);
        assertThat(seen).containsExactly(5L, 10L);
        assertThat(sim.hasPendingEvents()).isTrue();
    }

    @Test
    void schedulingInThePastIsRefused() {
        Simulation sim = new Simulation(1);
        sim.at(100, () -> { });
        sim.run();
        assertThatThrownBy(() -> sim.at(50, () -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("past");
        assertThatThrownBy(() -> sim.schedule(-1, () -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomStreamsAreReproducibleAndIndependentPerPurpose() {
        long a1 = new Simulation(42).randomStream("isn").nextLong();
        long a2 = new Simulation(42).randomStream("isn").nextLong();
        long b = new Simulation(42).randomStream("loss").nextLong();
        long c = new Simulation(43).randomStream("isn").nextLong();
        assertThat(a1).isEqualTo(a2);
        assertThat(a1).isNotEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void serializationDelayIsBitsOverRate() {
        // 1500 bytes at 10 Mb/s: 12,000 bits / 10^7 b/s = 1.2 ms.
        assertThat(SimTime.serialization(1500, 10_000_000)).isEqualTo(1_200_000);
        // 74 bytes at 100 Mb/s: 592 bits = 5.92 µs.
        assertThat(SimTime.serialization(74, 100_000_000)).isEqualTo(5_920);
        // A partial nanosecond rounds up: the last bit is not there before its bit time ends.
        assertThat(SimTime.serialization(1, 3_000_000_000L)).isEqualTo(3);
    }

    @Test
    void timesAreFormattedInTheUnitAPersonWouldPick() {
        assertThat(SimTime.format(0)).isEqualTo("0 ms");
        assertThat(SimTime.format(5_920)).isEqualTo("5.9 µs");
        assertThat(SimTime.format(SimTime.millis(80))).isEqualTo("80.000 ms");
        assertThat(SimTime.format(SimTime.seconds(120))).isEqualTo("120.000 s");
    }
}
