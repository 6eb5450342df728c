package org.wirewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.model.nat.Filtering;
import org.wirewise.model.nat.Mapping;
import org.wirewise.model.nat.NatBehaviourScenario;
import org.wirewise.model.nat.NatBehaviourSimulator;
import org.wirewise.model.nat.NatExhaustionScenario;
import org.wirewise.model.nat.NatExhaustionSimulator;
import org.wirewise.model.nat.NatTableScenario;
import org.wirewise.model.nat.NatTableSimulator;
import org.wirewise.model.nat.NatTraversalScenario;
import org.wirewise.model.nat.NatTraversalSimulator;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Trace;

/**
 * Property: the NAT lessons give byte-identical traces and pcaps (at every lane) for the same
 * scenario, whatever the parameters; cases come from a seeded generator and name themselves.
 */
class NatDeterminismTest {

    static LongStream cases() {
        return LongStream.rangeClosed(1, 40);
    }

    private static byte[] pcap(Trace trace, String lane) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PcapExport.write(trace, lane, out);
        return out.toByteArray();
    }

    private static void assertSame(long caseSeed, Object scenario, Trace first, Trace second) throws IOException {
        assertThat(second).as("case %d: %s", caseSeed, scenario).isEqualTo(first);
        for (Lane lane : first.lanes()) {
            assertThat(pcap(second, lane.id())).as("case %d at %s", caseSeed, lane.id()).isEqualTo(pcap(first, lane.id()));
        }
    }

    private static <E> E pick(SplittableRandom r, E[] values) {
        return values[r.nextInt(values.length)];
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyNatLessonIsByteForByteRepeatable(long caseSeed) throws IOException {
        SplittableRandom r = new SplittableRandom(caseSeed);
        NatTableScenario table = new NatTableScenario(2 + r.nextInt(3), 0.1 + r.nextDouble() * 500,
                1 + r.nextInt(600), 1 + r.nextInt(10_000), r.nextBoolean(), r.nextLong(0, Long.MAX_VALUE));
        assertSame(caseSeed, table, NatTableSimulator.simulate(table), NatTableSimulator.simulate(table));

        NatBehaviourScenario behaviour = new NatBehaviourScenario(pick(r, Mapping.values()),
                pick(r, Filtering.values()), r.nextBoolean(), 0.1 + r.nextDouble() * 500, r.nextLong(0, Long.MAX_VALUE));
        assertSame(caseSeed, behaviour, NatBehaviourSimulator.simulate(behaviour),
                NatBehaviourSimulator.simulate(behaviour));

        NatExhaustionScenario exhaustion = new NatExhaustionScenario(1 + r.nextInt(100_000), 1 + r.nextInt(5000),
                1 + r.nextInt(600), 1 + r.nextInt(4), r.nextBoolean(), r.nextLong(0, Long.MAX_VALUE));
        assertSame(caseSeed, exhaustion, NatExhaustionSimulator.simulate(exhaustion),
                NatExhaustionSimulator.simulate(exhaustion));

        NatTraversalScenario traversal = new NatTraversalScenario(pick(r, Mapping.values()), pick(r, Filtering.values()),
                pick(r, Mapping.values()), pick(r, Filtering.values()), r.nextBoolean(), r.nextBoolean(),
                0.1 + r.nextDouble() * 500, 0.1 + r.nextDouble() * 1000, r.nextLong(0, Long.MAX_VALUE));
        assertSame(caseSeed, traversal, NatTraversalSimulator.simulate(traversal),
                NatTraversalSimulator.simulate(traversal));
    }
}
