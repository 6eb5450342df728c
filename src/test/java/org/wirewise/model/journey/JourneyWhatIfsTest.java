package org.wirewise.model.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;

/** The last step's what-ifs are the variants' own runs: each row's page load is what that scenario's trace says. */
class JourneyWhatIfsTest {

    private static String loaded(Trace t) {
        return t.step(t.stepCount() - 1).title().replace("Page loaded in ", "").replace(" ms", "");
    }

    @Test
    void eachWhatIfIsTheLoadTimeOfThatScenarioRunOnItsOwn() {
        long started = System.nanoTime();
        Trace trace = JourneySimulator.simulate(JourneyScenario.DEFAULTS);
        System.out.printf("url-journey with its what-ifs: %.0f ms%n", (System.nanoTime() - started) / 1e6);
        Table table = trace.step(trace.stepCount() - 1).snapshot().table(JourneyWhatIfs.WHAT_IFS).orElseThrow();
        List<List<String>> rows = table.rows().stream().map(Table.Row::cells).toList();
        assertThat(rows.get(0).get(1)).isEqualTo(loaded(trace));
        assertThat(rows.get(1).get(1)).isEqualTo(loaded(JourneySimulator.simulate(new JourneyScenario("resolver", 80, 0, 1))));
        assertThat(rows.get(2).get(1)).isEqualTo(loaded(JourneySimulator.simulate(new JourneyScenario("browser", 80, 0, 1))));
        assertThat(rows.get(3).get(1)).isEqualTo(loaded(JourneySimulator.simulate(new JourneyScenario("cold", 15, 0, 1))));
        assertThat(rows.get(4).get(1)).isEqualTo(loaded(JourneySimulator.simulate(new JourneyScenario("cold", 80, 2, 1))));
        assertThat(rows.get(5).get(0)).isEqualTo("TLS 1.2");
        assertThat(rows.get(5).get(1)).isEqualTo(loaded(JourneySimulator.simulate(new JourneyScenario("cold", 80, 0, "1.2", 1))));
        assertThat(rows.get(6).get(0)).isEqualTo("TLS 1.3 resumed");
        assertThat(rows.get(6).get(1)).isEqualTo(loaded(JourneySimulator.simulate(new JourneyScenario("cold", 80, 0, "resumed", 1))));
        assertThat(rows.get(7).get(0)).isEqualTo("HTTP/1.1, 6/host");
        assertThat(rows.get(7).get(1)).isEqualTo(loaded(JourneySimulator.simulate(
                new JourneyScenario("cold", 80, 0, "1.3", "1.1", 1))));
        assertThat(rows.get(8).get(0)).isEqualTo("HTTP/3 over QUIC");
        assertThat(rows.get(8).get(1)).isEqualTo(loaded(JourneySimulator.simulate(
                new JourneyScenario("cold", 80, 0, "1.3", "3", 1))));
        assertThat(rows.get(3).get(2)).as("a near edge saves time").doesNotStartWith("\u2212");
        assertThat(rows.get(5).get(2)).as("TLS 1.2's second round trip costs time").startsWith("\u2212");
        assertThat(rows.get(7).get(2)).as("HTTP/1.1's new connections cost their handshakes").startsWith("\u2212");
        assertThat(rows).hasSize(9).noneMatch(r -> r.get(0).equals("TLS 1.3") || r.get(0).equals("HTTP/2")); // this run is both
    }

    @Test
    void http3SavesTheRoundTripOfTcpsHandshakeAndAnHttp3RunComparesWithHttp2() {
        Trace h3 = JourneySimulator.simulate(new JourneyScenario("cold", 80, 0, "1.3", "3", 1));
        List<List<String>> rows = h3.step(h3.stepCount() - 1).snapshot().table(JourneyWhatIfs.WHAT_IFS).orElseThrow()
                .rows().stream().map(Table.Row::cells).toList();
        List<String> http2 = rows.stream().filter(r -> r.get(0).equals("HTTP/2")).findFirst().orElseThrow();
        assertThat(http2.get(1)).isEqualTo(loaded(JourneySimulator.simulate(JourneyScenario.DEFAULTS)));
        assertThat(http2.get(2)).as("HTTP/2 costs the TCP handshake's round trip").startsWith("\u2212");
        // the saving is about the site's round trip: QUIC's one handshake replaces TCP's, then TLS's
        double saved = Double.parseDouble(http2.get(2).substring(1));
        assertThat(saved).isBetween(0.9 * 80, 1.1 * 80);
        assertThat(rows).as("one thing changed per row: QUIC has no TLS 1.2 or resumption here")
                .noneMatch(r -> r.get(0).startsWith("HTTP/3") || r.get(0).startsWith("TLS")).hasSize(7);
    }

    @Test
    void aRunThatAlreadyIsAWhatIfDoesNotListItAgainst() {
        Trace near = JourneySimulator.simulate(new JourneyScenario("cold", JourneyWhatIfs.EDGE_RTT_MS, 0, 1));
        Table table = near.step(near.stepCount() - 1).snapshot().table(JourneyWhatIfs.WHAT_IFS).orElseThrow();
        assertThat(table.rows()).hasSize(8).noneMatch(r -> r.cells().get(0).startsWith("CDN edge"));
    }

    @Test
    void aTls12RunListsTls13AndResumptionAsSavings() {
        Trace old = JourneySimulator.simulate(new JourneyScenario("cold", 80, 0, "1.2", 1));
        Table table = old.step(old.stepCount() - 1).snapshot().table(JourneyWhatIfs.WHAT_IFS).orElseThrow();
        List<List<String>> rows = table.rows().stream().map(Table.Row::cells).toList();
        assertThat(rows).noneMatch(r -> r.get(0).equals("TLS 1.2"));
        assertThat(rows.stream().filter(r -> r.get(0).startsWith("TLS 1.3")).map(r -> r.get(2)))
                .hasSize(2).noneMatch(saved -> saved.startsWith("\u2212"));
    }

    @Test
    void anHttp11RunListsHttp2AsASaving() {
        Trace h1 = JourneySimulator.simulate(new JourneyScenario("cold", 80, 0, "1.3", "1.1", 1));
        Table table = h1.step(h1.stepCount() - 1).snapshot().table(JourneyWhatIfs.WHAT_IFS).orElseThrow();
        List<List<String>> rows = table.rows().stream().map(Table.Row::cells).toList();
        assertThat(rows).noneMatch(r -> r.get(0).startsWith("HTTP/1.1"));
        List<String> h2 = rows.stream().filter(r -> r.get(0).equals("HTTP/2")).findFirst().orElseThrow();
        assertThat(h2.get(1)).isEqualTo(loaded(JourneySimulator.simulate(JourneyScenario.DEFAULTS)));
        assertThat(h2.get(2)).as("one connection, no second and third handshakes").doesNotStartWith("\u2212");
    }
}
