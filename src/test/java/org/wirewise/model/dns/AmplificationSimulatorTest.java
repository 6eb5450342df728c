package org.wirewise.model.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.testing.Tshark;

class AmplificationSimulatorTest {

    private static final AttacksScenario AMPLIFICATION = AttacksScenario.DEFAULTS.withPart(
            AttacksScenario.Part.AMPLIFICATION);

    @Test
    void theSpoofedQueryCarriesTheVictimsAddressAndItsAnswerLandsThere() {
        Trace t = AttacksSimulator.simulate(AMPLIFICATION);
        TracePacket query = t.packets().get(t.steps().get(1).packetId());
        TracePacket answer = t.packets().get(t.steps().get(2).packetId());
        assertThat(query.from()).isEqualTo(Amplification.ATTACKER);
        assertThat(Datagram.of(query.frame()).source().getHostAddress()).isEqualTo(Amplification.VICTIM_IP);
        assertThat(answer.from()).isEqualTo(Amplification.SERVER);
        assertThat(answer.to()).isEqualTo(Amplification.VICTIM);
    }

    @Test
    void largerAnswersAmplifyMoreAndHeadersDiluteEveryFactor() {
        Trace t = AttacksSimulator.simulate(AMPLIFICATION);
        Table factors = t.steps().get(3).snapshot().table(AttacksSimulator.FACTORS).orElseThrow();
        assertThat(factors.rows()).extracting(r -> r.cells().get(0))
                .containsExactly("www.example.com A", "example.com TXT", "example.com ANY");
        List<Double> dns = factors.rows().stream().map(r -> factor(r.cells().get(3))).toList();
        List<Double> wire = factors.rows().stream().map(r -> factor(r.cells().get(5))).toList();
        assertThat(dns.get(0)).isLessThan(2);
        assertThat(dns.get(1)).isGreaterThan(10);
        assertThat(dns.get(2)).isGreaterThan(dns.get(1));
        for (int i = 0; i < dns.size(); i++) {
            assertThat(wire.get(i)).isLessThan(dns.get(i));
        }
        // the TXT row's answer size is the frame the victim received
        TracePacket txtAnswer = t.packets().stream().filter(p -> p.to().equals(Amplification.VICTIM)
                && p.label().startsWith("TXT")).findFirst().orElseThrow();
        assertThat(factors.rows().get(1).cells().get(4)).endsWith("→ " + txtAnswer.frame().length + " B");
    }

    @Test
    void rateLimitingCutsTheBytesAtTheVictimAndSendsTheRealClientToTcp() {
        Trace t = AttacksSimulator.simulate(AMPLIFICATION);
        Table floods = t.steps().get(t.steps().size() - 1).snapshot().table(AttacksSimulator.FLOODS).orElseThrow();
        List<String> open = floods.rows().get(0).cells();
        List<String> limited = floods.rows().get(1).cells();
        assertThat(open.get(2)).isEqualTo(open.get(1)); // every query answered in full
        // 5 full answers a second for 2 s (a window's edge may let one more through)
        assertThat(Long.parseLong(limited.get(2))).isBetween(10L, 12L);
        assertThat(Long.parseLong(limited.get(3))).isGreaterThan(80);
        assertThat(kilobytes(limited.get(6))).isLessThan(kilobytes(open.get(6)) / 5);
        Step client = t.steps().stream().filter(s -> s.title().contains("real client")).findFirst().orElseThrow();
        TracePacket answer = t.packets().get(client.packetId());
        assertThat(answer.to()).isEqualTo(Amplification.CLIENT);
        assertThat(answer.label()).contains("over TCP");
        assertThat(t.packets().stream().anyMatch(p -> p.to().equals(Amplification.CLIENT)
                && p.label().startsWith("Truncated"))).isTrue();
    }

    @Test
    void aTruncatedAnswerIsNoLargerThanTheQuery() {
        Trace t = AttacksSimulator.simulate(AMPLIFICATION);
        int query = t.packets().stream().filter(p -> p.from().equals(Amplification.ATTACKER)
                && p.label().contains("TXT")).findFirst().orElseThrow().frame().length;
        assertThat(t.packets().stream().filter(p -> p.label().startsWith("Truncated")))
                .isNotEmpty().allSatisfy(p -> assertThat(p.frame().length).isLessThanOrEqualTo(query));
    }

    @Test
    void tsharkDecodesEveryQueryAndAnswerWithNothingMalformed(@TempDir Path dir) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace t = AttacksSimulator.simulate(new AttacksScenario(AttacksScenario.Part.AMPLIFICATION, 1024, false,
                false, 8, 4, 1, RecordType.ANY, 20, 2, 1, 2000));
        List<String> problems = new ArrayList<>();
        for (Lane lane : t.lanes()) {
            for (String[] row : Tshark.fields(t, lane.id(), dir, "frame.number", "udp.port", "dns.id",
                    "_ws.malformed", "_ws.expert.severity")) {
                if (!row[1].isEmpty() && row[2].isEmpty() || !row[3].isEmpty()) {
                    problems.add(lane.id() + " frame " + row[0] + ": " + String.join("|", row));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void extremeParametersStillMakeEveryStepAndSayWhatHappened() {
        // a limit above the flood's rate limits nothing
        Trace calm = AttacksSimulator.simulate(scenario(RecordType.A, 3, 1000, 2));
        assertThat(calm.steps()).hasSize(9);
        assertThat(calm.steps().get(5).narration()).contains("never went over the limit");
        // slip 0 at 1000 queries/s: the real client's three tries all fall on drops
        Trace starved = AttacksSimulator.simulate(scenario(RecordType.ANY, 1000, 5, 0));
        Step client = starved.steps().get(6);
        assertThat(client.title()).contains("gets no answer");
        assertThat(starved.packets().get(client.packetId()).from()).isEqualTo(Amplification.CLIENT);
        assertThat(starved.packets().stream().filter(p -> p.from().equals(Amplification.CLIENT))).hasSize(3);
    }

    private static AttacksScenario scenario(RecordType flood, long rate, long limit, long slip) {
        return new AttacksScenario(AttacksScenario.Part.AMPLIFICATION, 1024, false, false, 8, 4, 1, flood, rate, limit,
                slip, 2000);
    }

    private static double factor(String cell) {
        return Double.parseDouble(cell.replace("×", ""));
    }

    private static double kilobytes(String cell) {
        return Double.parseDouble(cell.replace(" kB/s", ""));
    }
}
