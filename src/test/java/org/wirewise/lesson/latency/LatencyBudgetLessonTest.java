package org.wirewise.lesson.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wirewise.model.latency.BudgetFact;
import org.wirewise.model.latency.LatencyBudgetScenario;
import org.wirewise.model.latency.PageLoad;
import org.wirewise.model.latency.Switch;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;

class LatencyBudgetLessonTest {

    private static final LatencyBudgetScenario NOTHING = Switch.allOff(LatencyBudgetScenario.DEFAULTS);

    private static Map<PageLoad.Part, Double> parts(LatencyBudgetScenario s) {
        return PageLoad.parts(s).stream().collect(Collectors.toMap(PageLoad.Segment::part, PageLoad.Segment::ms));
    }

    @Test
    void aNewConnectionWaitsForTcpTlsAndTheRequestOneRoundTripEach() {
        Map<PageLoad.Part, Double> p = parts(NOTHING);
        double rtt = NOTHING.rttMs();
        assertThat(p.get(PageLoad.Part.TCP)).isEqualTo(rtt);
        assertThat(p.get(PageLoad.Part.TLS)).isEqualTo(rtt);
        assertThat(p.get(PageLoad.Part.REQUEST)).isEqualTo(rtt);
        assertThat(p.get(PageLoad.Part.DNS)).isEqualTo(NOTHING.dnsMs());
        // 100 KB on a new connection: 10 segments (14,600 B), then 29,200 B, then the rest: two waits, then the bytes.
        double bytesMs = 100_000 * 8 / (NOTHING.bandwidthMbps() * 1e6) * 1000;
        assertThat(p.get(PageLoad.Part.TRANSFER)).isCloseTo(2 * rtt + bytesMs, within(1e-9));
        // HTTP/1.1 on one connection: a round trip per object.
        double objectBytesMs = 10 * 40_000 * 8 / (NOTHING.bandwidthMbps() * 1e6) * 1000;
        assertThat(p.get(PageLoad.Part.OBJECTS)).isCloseTo(10 * rtt + objectBytesMs, within(1e-9));
    }

    @Test
    void eachSwitchRemovesWhatItShould() {
        Map<PageLoad.Part, Double> reuse = parts(Switch.REUSE.set(NOTHING, true));
        assertThat(reuse.get(PageLoad.Part.DNS) + reuse.get(PageLoad.Part.TCP) + reuse.get(PageLoad.Part.TLS)).isZero();
        Map<PageLoad.Part, Double> zero = parts(Switch.ZERO_RTT.set(NOTHING, true));
        assertThat(zero.get(PageLoad.Part.TLS)).isZero();
        assertThat(zero.get(PageLoad.Part.TCP)).isEqualTo(NOTHING.rttMs());
        Map<PageLoad.Part, Double> cdn = parts(Switch.CLOSER.set(NOTHING, true));
        assertThat(cdn.get(PageLoad.Part.REQUEST)).isEqualTo(NOTHING.edgeRttMs());
        assertThat(cdn.get(PageLoad.Part.SERVER)).isEqualTo(NOTHING.serverMs() + NOTHING.rttMs());
        Map<PageLoad.Part, Double> h2 = parts(Switch.HTTP2.set(NOTHING, true));
        double objectBytesMs = 10 * 40_000 * 8 / (NOTHING.bandwidthMbps() * 1e6) * 1000;
        assertThat(h2.get(PageLoad.Part.OBJECTS)).isCloseTo(NOTHING.rttMs() + objectBytesMs, within(1e-9));
        assertThat(parts(Switch.CACHE_HIT.set(NOTHING, true)).get(PageLoad.Part.SERVER)).isEqualTo(PageLoad.CACHE_MS);
    }

    @Test
    void theLessonShowsEverySwitchAgainstTheUnoptimisedPageThenYours() {
        Trace trace = new LatencyBudgetLesson().simulate(LatencyBudgetScenario.DEFAULTS);
        assertThat(trace.steps()).hasSize(Switch.values().length + 2);
        double base = PageLoad.totalMs(PageLoad.parts(NOTHING));
        for (Step s : trace.steps().subList(1, trace.steps().size())) {
            List<BudgetFact.Bar> bars = s.snapshot().fact(BudgetFact.class).orElseThrow().bars();
            assertThat(bars).hasSize(2);
            assertThat(bars.get(0).totalMs()).isEqualTo(base);
            assertThat(bars.get(1).totalMs()).as(s.title()).isLessThan(base);
        }
        Step yours = trace.steps().get(trace.steps().size() - 1);
        assertThat(yours.snapshot().fact(BudgetFact.class).orElseThrow().bars().get(1).totalMs())
                .isEqualTo(PageLoad.totalMs(PageLoad.parts(LatencyBudgetScenario.DEFAULTS)));
    }
}
