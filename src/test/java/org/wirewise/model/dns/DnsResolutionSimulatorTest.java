package org.wirewise.model.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

class DnsResolutionSimulatorTest {

    private static final DnsScenario D = DnsScenario.DEFAULTS;

    /** The measured lookup times, in order, as the steps' measurements give them. */
    private static List<Long> times(Trace t) {
        return t.steps().stream().flatMap(s -> s.snapshot().measurements().stream()).distinct()
                .map(Measurement::duration).toList();
    }

    private static List<TracePacket> between(Trace t, String from, String to) {
        return t.packets().stream().filter(p -> p.from().equals(from) && p.to().equals(to)).toList();
    }

    @Test
    void aColdLookupWalksRootTldAndAuthoritativeAndCostsTheirRoundTrips() {
        Trace t = DnsResolutionSimulator.simulate(D);
        long full = times(t).get(0);
        long rtts = SimTime.millis(D.resolverRttMs() + 3 * D.serverRttMs());
        // propagation is the RTTs the scenario names; serialising ~100-byte frames at 1 Gbit/s adds microseconds
        assertThat(full).isBetween(rtts, rtts + SimTime.millis(0.1));
        assertThat(full).isBetween(SimTime.millis(50), SimTime.millis(200));
        assertThat(between(t, DnsResolutionSimulator.RESOLVER, DnsResolutionSimulator.ROOT)).hasSize(1);
        assertThat(between(t, DnsResolutionSimulator.ROOT, DnsResolutionSimulator.RESOLVER).get(0).label())
                .isEqualTo("Referral: com NS");
        assertThat(between(t, DnsResolutionSimulator.TLD, DnsResolutionSimulator.RESOLVER).get(0).label())
                .isEqualTo("Referral: example.com NS");
    }

    @Test
    void theCachesAnswerLaterLookupsAtTheSpeedsTheSeedStates() {
        List<Long> times = times(DnsResolutionSimulator.simulate(D));
        assertThat(times.get(1)).as("browser cache").isLessThan(SimTime.millis(1));
        assertThat(times.get(2)).as("OS cache").isLessThan(SimTime.millis(1));
        assertThat(times.get(3)).as("resolver cache, from the phone").isBetween(SimTime.millis(1), SimTime.millis(10));
        assertThat(times.get(4)).as("after the TTL: only the authoritative server is asked again")
                .isBetween(SimTime.millis(D.resolverRttMs() + D.serverRttMs()),
                        SimTime.millis(D.resolverRttMs() + D.serverRttMs() + 0.1));
    }

    @Test
    void theTtlCountsDownInTheCachesTable() {
        Trace t = DnsResolutionSimulator.simulate(D);
        Step third = t.steps().stream().filter(s -> s.title().startsWith("Lookup 3")).findFirst().orElseThrow();
        Table os = third.snapshot().table(DnsResolutionSimulator.OS_CACHE).orElseThrow();
        Table browser = third.snapshot().table(DnsResolutionSimulator.BROWSER_CACHE).orElseThrow();
        long answeredAt = t.steps().stream().flatMap(s -> s.snapshot().measurements().stream()).findFirst()
                .orElseThrow().to();
        long left = (SimTime.seconds(300) - (third.time() - answeredAt)) / SimTime.seconds(1);
        assertThat(os.rows().get(0).cells()).containsExactly("www.example.com", "A", "192.0.2.10",
                left + " s");
        // the browser let its copy go after 60 s; the OS's answer fills it again, for 60 s at most
        assertThat(browser.rows().get(0).cells()).containsExactly("www.example.com", "A", "192.0.2.10",
                StubResolver.BROWSER_CAP_SECONDS + " s");
        Step second = t.steps().stream().filter(s -> s.title().startsWith("Lookup 2")).findFirst().orElseThrow();
        assertThat(second.snapshot().table(DnsResolutionSimulator.BROWSER_CACHE).orElseThrow().rows().get(0).cells()
                .get(3)).isEqualTo((StubResolver.BROWSER_CAP_SECONDS - (second.time() - answeredAt) / SimTime.seconds(1)
                - 1) + " s");
    }

    @Test
    void aNegativeAnswerIsCachedForTheSoaMinimum() {
        Trace t = DnsResolutionSimulator.simulate(D);
        List<TracePacket> asked = t.packets().stream().filter(p -> p.to().equals(DnsResolutionSimulator.AUTH)
                && p.label().contains("nosuch")).toList();
        assertThat(asked).as("the phone's repeat never reaches the authoritative server").hasSize(1);
        Step last = t.steps().get(t.steps().size() - 1);
        assertThat(last.snapshot().table(DnsResolutionSimulator.RESOLVER_CACHE).orElseThrow().rows())
                .anyMatch(r -> r.cells().get(0).equals("nosuch.example.com") && r.cells().get(2).startsWith("NXDOMAIN"));
    }

    @Test
    void aTruncatedAnswerIsAskedAgainOverTcpUnlessEdnsMakesRoom() {
        Trace t = DnsResolutionSimulator.simulate(D);
        assertThat(between(t, DnsResolutionSimulator.RESOLVER, DnsResolutionSimulator.LAPTOP))
                .extracting(TracePacket::label).contains("Truncated (TC)", "SYN, ACK")
                .anyMatch(l -> l.startsWith("Answer TXT") && l.endsWith("(TCP)"));
        Trace roomy = DnsResolutionSimulator.simulate(new DnsScenario(D.name(), D.type(), D.cache(), D.resolverRttMs(),
                D.serverRttMs(), 1232, D.seed()));
        assertThat(roomy.packets()).noneMatch(p -> p.label().contains("TC") || p.label().contains("SYN"));
    }

    @Test
    void aWarmResolverAnswersTheFirstLookupFromItsCache() {
        Trace t = DnsResolutionSimulator.simulate(new DnsScenario(D.name(), D.type(), CacheState.WARM,
                D.resolverRttMs(), D.serverRttMs(), D.ednsSize(), D.seed()));
        assertThat(times(t).get(0)).isBetween(SimTime.millis(D.resolverRttMs()), SimTime.millis(D.resolverRttMs() + 0.1));
        assertThat(between(t, DnsResolutionSimulator.RESOLVER, DnsResolutionSimulator.ROOT)).isEmpty();
    }

    @Test
    void theSeedChoosesQueryIdsAndPortsAndNothingElse() {
        Trace a = DnsResolutionSimulator.simulate(D);
        Trace b = DnsResolutionSimulator.simulate(D);
        Trace c = DnsResolutionSimulator.simulate(new DnsScenario(D.name(), D.type(), D.cache(), D.resolverRttMs(),
                D.serverRttMs(), D.ednsSize(), 2));
        assertThat(a).isEqualTo(b);
        assertThat(times(c)).isEqualTo(times(a));
        assertThat(c.packets().get(0).frame()).isNotEqualTo(a.packets().get(0).frame());
    }

    @Test
    void aNameOutsideTheZonesIsANegativeAnswerNotACrash() {
        Trace t = DnsResolutionSimulator.simulate(new DnsScenario("nothing.invalid", RecordType.MX, D.cache(),
                D.resolverRttMs(), D.serverRttMs(), D.ednsSize(), D.seed()));
        assertThat(between(t, DnsResolutionSimulator.ROOT, DnsResolutionSimulator.RESOLVER).get(0).label())
                .isEqualTo("NXDOMAIN");
    }

    @Test
    void everyTypeOfEveryNameGivesATraceWhoseStepsGoForward() {
        for (String name : new String[] {"www.example.com", "example.com", "shop.example.com", "nosuch.example.com",
                "mail.example.com", "com", "nothing.invalid"}) {
            for (RecordType type : new RecordType[] {RecordType.A, RecordType.AAAA, RecordType.CNAME, RecordType.NS,
                    RecordType.MX, RecordType.TXT, RecordType.SOA}) {
                for (CacheState cache : CacheState.values()) {
                    Trace t = DnsResolutionSimulator.simulate(new DnsScenario(name, type, cache, D.resolverRttMs(),
                            D.serverRttMs(), D.ednsSize(), D.seed()));
                    assertThat(t.steps()).as(name + " " + type + " " + cache).hasSizeGreaterThan(10);
                }
            }
        }
    }
}
