package org.wirewise.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wirewise.model.addr.Cidr;
import org.wirewise.model.congestion.Cubic;
import org.wirewise.model.congestion.Reno;
import org.wirewise.model.congestion.SenderState;
import org.wirewise.model.nat.NatExhaustionScenario;
import org.wirewise.model.nat.NatExhaustionSimulator;
import org.wirewise.model.stack.EncapsulationSimulator;
import org.wirewise.model.stack.IpVersion;

/**
 * Numeric answers are the model's: each drawn question's numbers, read back from the values it
 * shows the learner, give the same answer through the lessons' own model code, and that answer is
 * what the RFC arithmetic says.
 */
class NumericGeneratorsTest {

    private static final int DRAWS = 200;

    private static List<NumericGenerators.Drawn> draws(String generator) {
        SplittableRandom random = new SplittableRandom(42);
        return java.util.stream.IntStream.range(0, DRAWS)
                .mapToObj(i -> NumericGenerators.named(generator).draw(random.split())).toList();
    }

    private static long whole(Map<String, String> v, String key) {
        return Long.parseLong(v.get(key).replace(",", ""));
    }

    @Test
    void blockSizesAreTheCidrModelsAndTwoToTheHostBits() {
        for (NumericGenerators.Drawn d : draws("ipv4-block-size")) {
            Cidr block = Cidr.parse(d.values().get("block"));
            assertThat(d.number().value()).isEqualByComparingTo(new BigDecimal(block.size()));
            assertThat(d.number().value()).isEqualByComparingTo(BigDecimal.valueOf(1L << (32 - block.prefix())));
            assertThat(d.number().tolerance()).isZero();
        }
    }

    @Test
    void usableHostsFollowRfc1122AndRfc3021() {
        Set<Integer> prefixes = new HashSet<>();
        for (NumericGenerators.Drawn d : draws("ipv4-usable-hosts")) {
            Cidr block = Cidr.parse(d.values().get("block"));
            prefixes.add(block.prefix());
            long size = 1L << (32 - block.prefix());
            long expected = block.prefix() == 32 ? 1 : block.prefix() == 31 ? 2 : size - 2;
            assertThat(d.number().value()).as(block.toString()).isEqualByComparingTo(BigDecimal.valueOf(expected))
                    .isEqualByComparingTo(new BigDecimal(block.usableCount()));
        }
        assertThat(prefixes).contains(31, 32, 24); // the special cases do come up
    }

    @Test
    void subnetCountsAreTwoToTheAddedBits() {
        for (NumericGenerators.Drawn d : draws("ipv4-subnet-count")) {
            Cidr block = Cidr.parse(d.values().get("block"));
            int split = (int) whole(d.values(), "split");
            assertThat(d.number().value()).isEqualByComparingTo(new BigDecimal(block.subnetCount(split)))
                    .isEqualByComparingTo(BigDecimal.valueOf(1L << (split - block.prefix())));
        }
    }

    @Test
    void bdpIsRateTimesRoundTripInBytes() {
        for (NumericGenerators.Drawn d : draws("bdp-bytes")) {
            long expected = whole(d.values(), "rate") * 1_000_000 / 8 * whole(d.values(), "rtt") / 1000;
            assertThat(d.number().value()).isEqualByComparingTo(BigDecimal.valueOf(expected));
            assertThat(d.number().accepts(BigDecimal.valueOf(expected * 102 / 100))).isFalse();
        }
    }

    @Test
    void renoHalvesTheFlightAndCubicKeepsSeventyPercent() {
        for (NumericGenerators.Drawn d : draws("reno-ssthresh")) {
            long cwnd = whole(d.values(), "cwnd");
            SenderState s = new SenderState(NumericGenerators.MSS, (int) cwnd);
            s.bytesInFlight = s.cwnd;
            BigDecimal model = BigDecimal.valueOf(Reno.reno().ssthreshAfterLoss(s) / (double) NumericGenerators.MSS);
            assertThat(d.number().accepts(model)).isTrue();
            assertThat(d.number().value()).isEqualByComparingTo(BigDecimal.valueOf(Math.max(cwnd / 2, 2)));
        }
        for (NumericGenerators.Drawn d : draws("cubic-ssthresh")) {
            long cwnd = whole(d.values(), "cwnd");
            SenderState s = new SenderState(NumericGenerators.MSS, (int) cwnd);
            BigDecimal model = BigDecimal.valueOf(new Cubic().ssthreshAfterLoss(s) / (double) NumericGenerators.MSS);
            assertThat(d.number().accepts(model)).isTrue();
            assertThat(d.number().accepts(BigDecimal.valueOf(cwnd * 7 / 10))).isTrue(); // RFC 9438 β = 0.7
            assertThat(d.number().accepts(BigDecimal.valueOf(cwnd / 2))).isFalse();
        }
    }

    @Test
    void natAnswersAreTheExhaustionLessonsModel() {
        for (NumericGenerators.Drawn d : draws("nat-capacity")) {
            long addresses = whole(d.values(), "addresses");
            assertThat(d.number().value()).isEqualByComparingTo(BigDecimal.valueOf((65535 - 1024 + 1) * addresses));
        }
        for (NumericGenerators.Drawn d : draws("nat-failure-seconds")) {
            NatExhaustionScenario s = new NatExhaustionScenario(200, (int) whole(d.values(), "rate"),
                    (int) whole(d.values(), "hold"), (int) whole(d.values(), "addresses"), false, 1);
            double model = NatExhaustionSimulator.failureTime(s);
            assertThat(model).isPositive();
            assertThat(d.number().accepts(BigDecimal.valueOf(model))).isTrue();
            assertThat(d.number().accepts(BigDecimal.valueOf(64512.0 * s.publicAddresses() / s.newPerSecond()))).isTrue();
        }
    }

    @Test
    void portsNeededAreRateTimesLifetimePlusTimeWait() {
        for (NumericGenerators.Drawn d : draws("ephemeral-ports-needed")) {
            double expected = whole(d.values(), "rate") * (whole(d.values(), "lifetime") / 1000.0 + 60);
            assertThat(d.number().accepts(BigDecimal.valueOf(expected))).isTrue();
            assertThat(d.values().get("range")).isEqualTo("28,232"); // Linux 32768–60999
        }
    }

    @Test
    void theMssIsTheMtuLessTheIpAndTcpHeaders() {
        Set<String> versions = new HashSet<>();
        for (NumericGenerators.Drawn d : draws("mss-for-mtu")) {
            IpVersion version = IpVersion.valueOf(d.values().get("ipVersion").toUpperCase(java.util.Locale.ROOT));
            versions.add(d.values().get("ip"));
            long mtu = whole(d.values(), "mtu");
            assertThat(d.number().value()).isEqualByComparingTo(BigDecimal.valueOf(
                    EncapsulationSimulator.mss((int) mtu, version)))
                    .isEqualByComparingTo(BigDecimal.valueOf(mtu - (version == IpVersion.IPV4 ? 20 : 40) - 20));
        }
        assertThat(versions).containsExactlyInAnyOrder("IPv4", "IPv6");
    }

    @Test
    void seedsGiveDifferentSessionsAndTheSameSeedTheSameOne() {
        QuestionBank bank = QuestionBank.standard();
        Set<List<String>> sessions = new HashSet<>();
        for (long seed = 1; seed <= 50; seed++) {
            List<String> prompts = bank.draw(null, 8, seed).stream().map(Question::prompt).toList();
            assertThat(sessions.add(prompts)).as("seed " + seed + " repeats an earlier session").isTrue();
            assertThat(bank.draw(null, 8, seed).stream().map(Question::prompt).toList()).isEqualTo(prompts);
        }
        Set<String> prompts = new HashSet<>();
        Question template = bank.all().stream().filter(q -> q.generator().equals("ipv4-block-size")).findFirst().orElseThrow();
        for (long seed = 1; seed <= 20; seed++) {
            Question q = QuestionBank.generated(template, seed);
            assertThat(q.prompt()).doesNotContain("{");
            prompts.add(q.prompt());
        }
        assertThat(prompts).as("a numeric question's values change with the seed").hasSizeGreaterThan(8);
    }

    @Test
    void everyNumericTemplateFillsEveryPlaceholder() {
        for (Question template : QuestionBank.standard().all().stream().filter(Question::template).toList()) {
            for (long seed = 1; seed <= 30; seed++) {
                Question q = QuestionBank.generated(template, seed);
                assertThat(q.number()).isNotNull();
                assertThat(String.join(" ", q.prompt(), q.answer(), String.join(" ", q.points())))
                        .as(q.id()).doesNotContain("{").doesNotContain("}");
                assertThat(q.number().value().compareTo(BigDecimal.ZERO)).isPositive();
            }
        }
    }
}
