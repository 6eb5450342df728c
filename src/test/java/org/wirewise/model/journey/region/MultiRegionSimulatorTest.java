package org.wirewise.model.journey.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsReader;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.latency.CityTable;
import org.wirewise.model.latency.Fibre;
import org.wirewise.model.latency.GreatCircle;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.packet.UdpDatagram;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

class MultiRegionSimulatorTest {

    private static final Trace DEFAULT = MultiRegionSimulator.simulate(RegionScenario.DEFAULTS);

    /** A DNS answer the trace carried: who got it, when, and what it said. */
    private record Answer(String to, long at, Region region, long ttl) {
    }

    private static List<Answer> answers(Trace t) {
        return t.packets().stream().filter(p -> p.from().equals(RegionNetwork.DNS)).map(MultiRegionSimulatorTest::dns)
                .flatMap(Optional::stream).toList();
    }

    private static Optional<Answer> dns(TracePacket p) {
        Datagram d = Datagram.of(p.frame());
        if (d == null || d.protocol() != 17) {
            return Optional.empty();
        }
        try {
            DnsMessage m = DnsReader.decode(UdpDatagram.decode(d.ip(), d.transportOffset(), d.transportLength())
                    .payload());
            Rdata.Address a = (Rdata.Address) m.answers().get(0).data();
            return Optional.of(new Answer(p.to(), p.arrivesAt(), RegionUser.regionOf(a.address()),
                    m.answers().get(0).ttl()));
        } catch (Exception e) {
            throw new AssertionError("not a DNS answer: " + p, e);
        }
    }

    private static long stepTime(Trace t, String titleEnd) {
        return t.steps().stream().filter(s -> s.title().endsWith(titleEnd)).mapToLong(Step::time).findFirst()
                .orElseThrow(() -> new AssertionError("no step ending " + titleEnd));
    }

    @Test
    void geoDnsAnswersEachResolverWithTheRegionNearestToIt() {
        List<Answer> first = answers(DEFAULT).stream().filter(a -> a.at() < stepTime(DEFAULT, "goes dark")).toList();
        assertThat(first).filteredOn(a -> a.to().equals("paris")).extracting(Answer::region).containsOnly(Region.EU_WEST);
        assertThat(first).filteredOn(a -> a.to().equals("new-york")).extracting(Answer::region)
                .containsOnly(Region.US_EAST);
        assertThat(first).filteredOn(a -> a.to().equals("tokyo")).extracting(Answer::region)
                .containsOnly(Region.AP_SOUTHEAST);
        assertThat(first).extracting(Answer::ttl).containsOnly(RegionScenario.DEFAULTS.ttlSeconds());
    }

    @Test
    void afterTheRegionIsWithdrawnNoAnswerNamesIt() {
        long withdrawn = stepTime(DEFAULT, "withdrawn from DNS");
        assertThat(answers(DEFAULT)).filteredOn(a -> a.at() > withdrawn).isNotEmpty()
                .extracting(Answer::region).doesNotContain(Region.EU_WEST);
    }

    @Test
    void aUserKeepsGoingToTheDeadRegionUntilItsCachedAnswerExpires() {
        long failed = stepTime(DEFAULT, "goes dark");
        for (String user : List.of("paris", "stockholm", "lagos")) {
            List<Answer> mine = answers(DEFAULT).stream().filter(a -> a.to().equals(user)).toList();
            Answer lastDead = mine.stream().filter(a -> a.region() == Region.EU_WEST).reduce((a, b) -> b).orElseThrow();
            long expiry = lastDead.at() + SimTime.seconds(lastDead.ttl());
            assertThat(expiry).as(user + "'s answer was still good at the failure").isGreaterThan(failed);
            // every page request it sent before the answer expired went to eu-west, and was lost
            assertThat(DEFAULT.packets()).filteredOn(p -> p.from().equals(user) && p.sentAt() > failed
                    && p.sentAt() < expiry && p.label().equals("[SYN]")).isNotEmpty()
                    .allMatch(p -> p.to().equals("eu-west") && p.fate() != Link.Fate.DELIVERED);
            Answer next = mine.stream().filter(a -> a.at() > failed && a.region() != Region.EU_WEST).findFirst()
                    .orElseThrow();
            assertThat(next.at()).as(user + " asks again only once the cached answer has run out")
                    .isGreaterThanOrEqualTo(expiry);
            long back = DEFAULT.packets().stream().filter(p -> p.to().equals(user) && p.from().equals("us-east")
                    && p.label().startsWith("HTTP/1.1 200") && p.sentAt() > failed).mapToLong(TracePacket::arrivesAt)
                    .min().orElseThrow();
            assertThat(back - expiry).as(user + ": back within a retry of the expiry").isBetween(0L,
                    RegionUser.DEADLINE + RegionUser.RETRY_AFTER + SimTime.seconds(1));
        }
    }

    @Test
    void theRegionIsWithdrawnAfterThresholdFailedChecks() {
        RegionScenario two = new RegionScenario(60, 15, 2, Region.AP_SOUTHEAST, 3);
        Trace t = MultiRegionSimulator.simulate(two);
        long failed = stepTime(t, "goes dark");
        long withdrawn = stepTime(t, "withdrawn from DNS");
        assertThat(t.steps()).filteredOn(s -> s.title().startsWith("Check ")).hasSize(1);
        long interval = SimTime.seconds(two.checkIntervalSeconds());
        // the second failed probe's deadline: one interval after the first probe that found it dark (a probe
        // already in flight at the failure counts too)
        assertThat(withdrawn - failed).isBetween(interval + HealthChecker.DEADLINE - SimTime.seconds(1),
                2 * interval + HealthChecker.DEADLINE);
        assertThat(answers(t)).filteredOn(a -> a.at() > withdrawn).extracting(Answer::region)
                .doesNotContain(Region.AP_SOUTHEAST);
    }

    @Test
    void aWriteFromTokyoWaitsForTwoRoundTripsToThePrimary() {
        var singapore = CityTable.STANDARD.find("Singapore").orElseThrow();
        var ashburn = CityTable.STANDARD.find("Ashburn").orElseThrow();
        long backboneRtt = 2 * Fibre.propagation(GreatCircle.distanceKm(singapore, ashburn) * RegionNetwork.ROUTE_FACTOR);
        TracePacket post = DEFAULT.packets().stream().filter(p -> p.label().startsWith("POST /cart")
                && p.from().equals("tokyo")).findFirst().orElseThrow();
        TracePacket created = DEFAULT.packets().stream().filter(p -> p.label().startsWith("HTTP/1.1 201")
                && p.to().equals("tokyo")).findFirst().orElseThrow();
        assertThat(DEFAULT.packets()).filteredOn(p -> p.from().equals("ap-southeast") && p.to().equals("us-east"))
                .isNotEmpty();
        assertThat(created.arrivesAt() - post.sentAt()).isGreaterThan(2 * backboneRtt);
    }

    @Test
    void sameSeedSameRunAnotherSeedOtherTimes() {
        Trace again = MultiRegionSimulator.simulate(RegionScenario.DEFAULTS);
        assertThat(again.packets()).isEqualTo(DEFAULT.packets());
        Trace other = MultiRegionSimulator.simulate(new RegionScenario(60, 10, 3, Region.EU_WEST, 2));
        assertThat(other.steps().stream().map(Step::time).toList())
                .isNotEqualTo(DEFAULT.steps().stream().map(Step::time).toList());
    }

    @Test
    void outOfRangeParametersAreRefusedWithWhatIsAllowed() {
        assertThatThrownBy(() -> new RegionScenario(0, 10, 3, Region.EU_WEST, 1)).hasMessageContaining("1 to 600");
        assertThatThrownBy(() -> new RegionScenario(60, 2, 3, Region.EU_WEST, 1)).hasMessageContaining("5 to 60");
        assertThatThrownBy(() -> new RegionScenario(60, 10, 11, Region.EU_WEST, 1)).hasMessageContaining("1 to 10");
    }
}
