package org.wirewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.model.tcp.HandshakeSimulator;
import org.wirewise.model.trace.Trace;

/**
 * Property: a scenario and seed give byte-identical traces and pcaps, whatever the parameters.
 * Cases are drawn from a seeded generator, so a failure names the case that reproduces it.
 */
class DeterminismTest {

    static LongStream cases() {
        return LongStream.rangeClosed(1, 150);
    }

    private static HandshakeScenario scenario(long caseSeed) {
        SplittableRandom r = new SplittableRandom(caseSeed);
        return new HandshakeScenario(
                0.1 + r.nextDouble() * 2000,
                0.01 + r.nextDouble() * 10_000,
                r.nextLong(0, Long.MAX_VALUE),
                88 + r.nextInt(65495 - 88 + 1),
                r.nextBoolean(),
                r.nextInt(15),
                r.nextBoolean(),
                r.nextBoolean());
    }

    private static byte[] pcap(Trace trace, String lane) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PcapExport.write(trace, lane, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sameScenarioAndSeedGiveByteIdenticalOutput(long caseSeed) throws IOException {
        HandshakeScenario scenario = scenario(caseSeed);
        Trace first = HandshakeSimulator.simulate(scenario);
        Trace second = HandshakeSimulator.simulate(scenario);
        assertThat(second).as("case %d: %s", caseSeed, scenario).isEqualTo(first);
        for (String lane : new String[] {"client", "server"}) {
            assertThat(pcap(second, lane)).as("case %d at %s", caseSeed, lane).isEqualTo(pcap(first, lane));
        }
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new TraceJson().write(first, java.util.Map.of(), a);
        new TraceJson().write(second, java.util.Map.of(), b);
        assertThat(b.toByteArray()).as("case %d JSON", caseSeed).isEqualTo(a.toByteArray());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anotherSeedGivesOtherSequenceNumbersButTheSameTiming(long caseSeed) {
        HandshakeScenario scenario = scenario(caseSeed);
        HandshakeScenario reseeded = new HandshakeScenario(scenario.rttMs(), scenario.bandwidthMbps(),
                scenario.seed() ^ 0x5DEECE66DL, scenario.mss(), scenario.windowScaling(), scenario.windowShift(),
                scenario.sack(), scenario.timestamps());
        Trace a = HandshakeSimulator.simulate(scenario);
        Trace b = HandshakeSimulator.simulate(reseeded);
        assertThat(b.packets()).as("case %d", caseSeed).isNotEqualTo(a.packets());
        for (int i = 0; i < a.stepCount(); i++) {
            assertThat(b.step(i).time()).as("case %d step %d", caseSeed, i).isEqualTo(a.step(i).time());
        }
    }
}
