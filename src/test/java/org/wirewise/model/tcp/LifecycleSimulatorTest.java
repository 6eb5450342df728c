package org.wirewise.model.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/** The connection lifecycle as a learner steps through it. */
class LifecycleSimulatorTest {

    private static final long SECOND = 1_000_000_000L;

    private static LifecycleScenario scenario(LifecycleScenario.Closer closer, String drop) {
        LifecycleScenario d = LifecycleScenario.DEFAULTS;
        return new LifecycleScenario(d.rttMs(), d.bandwidthMbps(), d.seed(), closer, d.mslSeconds(),
                d.responseBytes(), true, drop);
    }

    private static List<String> states(Trace trace, String lane) {
        List<String> seen = new java.util.ArrayList<>();
        for (Step s : trace.steps()) {
            String state = s.snapshot().node(lane).orElseThrow().state();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state)) {
                seen.add(state);
            }
        }
        return seen;
    }

    @Test
    void whenTheClientClosesFirstItHoldsTimeWaitForTwoMsl() {
        Trace trace = LifecycleSimulator.simulate(LifecycleScenario.DEFAULTS);
        assertThat(states(trace, "client")).containsExactly("CLOSED", "SYN-SENT", "ESTABLISHED", "FIN-WAIT-1",
                "FIN-WAIT-2", "TIME-WAIT", "CLOSED");
        assertThat(states(trace, "server")).containsExactly("LISTEN", "SYN-RECEIVED", "ESTABLISHED", "CLOSE-WAIT",
                "LAST-ACK", "CLOSED");
        Step enter = trace.steps().stream().filter(s -> s.title().contains("FIN-WAIT-2 → TIME-WAIT")).findFirst()
                .orElseThrow();
        Step leave = trace.steps().get(trace.stepCount() - 1);
        assertThat(leave.time() - enter.time()).isEqualTo(120 * SECOND); // 2 × MSL, MSL 60 s
        assertThat(leave.snapshot().measurements()).anyMatch(m -> m.label().startsWith("TIME-WAIT 120.000 s"));
    }

    @Test
    void whenTheServerClosesFirstTheServerHoldsTimeWait() {
        Trace trace = LifecycleSimulator.simulate(scenario(LifecycleScenario.Closer.SERVER, ""));
        assertThat(states(trace, "server")).contains("FIN-WAIT-1", "FIN-WAIT-2", "TIME-WAIT");
        assertThat(states(trace, "client")).contains("CLOSE-WAIT", "LAST-ACK").doesNotContain("TIME-WAIT");
    }

    @Test
    void aSimultaneousCloseGoesThroughClosingAndBothWait() {
        Trace trace = LifecycleSimulator.simulate(scenario(LifecycleScenario.Closer.SIMULTANEOUS, ""));
        for (String lane : List.of("client", "server")) {
            assertThat(states(trace, lane)).containsSubsequence("FIN-WAIT-1", "CLOSING", "TIME-WAIT", "CLOSED");
        }
    }

    @Test
    void aSynToAPortNobodyListensOnIsRefusedWithAReset() {
        LifecycleScenario d = LifecycleScenario.DEFAULTS;
        Trace trace = LifecycleSimulator.simulate(new LifecycleScenario(d.rttMs(), d.bandwidthMbps(), d.seed(),
                d.closer(), d.mslSeconds(), d.responseBytes(), false, ""));
        assertThat(trace.packets()).extracting(TracePacket::label)
                .containsExactly("#1 SYN seq=0 win=64240", "#2 RST, ACK");
        assertThat(trace.steps().get(trace.stepCount() - 1).title()).isEqualTo("A reset: connection refused");
    }

    @Test
    void losingTheSynDelaysTheConnectionByTheInitialRto() {
        Trace trace = LifecycleSimulator.simulate(scenario(LifecycleScenario.Closer.CLIENT, "1"));
        assertThat(trace.packets().get(0).delivered()).isFalse();
        assertThat(trace.packets().get(1).sentAt()).isEqualTo(SECOND);
        assertThat(trace.packets().get(1).label()).endsWith("retransmission");
    }

    @Test
    void losingAResponseSegmentIsRepairedByFastRetransmit() {
        Trace trace = LifecycleSimulator.simulate(scenario(LifecycleScenario.Closer.CLIENT, "7"));
        assertThat(trace.packets().stream().filter(p -> p.label().endsWith("dup ACK"))).hasSize(3);
        assertThat(trace.steps()).extracting(Step::title).contains("Third duplicate ACK: fast retransmit",
                "Data beyond the hole waits in the receive buffer", "Response data: 6000 of 6000 bytes delivered");
        TracePacket resent = trace.packets().stream().filter(p -> p.label().endsWith("retransmission"))
                .findFirst().orElseThrow();
        assertThat(resent.sentAt()).isLessThan(SECOND / 2); // well before any RTO could expire
    }

    @Test
    void aLostLastAckMakesThePeerResendItsFinAndTimeWaitAnswersIt() {
        Trace trace = LifecycleSimulator.simulate(scenario(LifecycleScenario.Closer.CLIENT, "19"));
        assertThat(trace.steps()).extracting(Step::title).contains("The server's retransmission timer expires",
                "The FIN again: TIME-WAIT earns its keep");
        assertThat(states(trace, "server")).endsWith("CLOSED");
    }

    @Test
    void theTimersTableCarriesTheCountdownTheDiagramDraws() {
        Trace trace = LifecycleSimulator.simulate(LifecycleScenario.DEFAULTS);
        Step syn = trace.step(1);
        assertThat(syn.snapshot().table(TableKey.of("timers")).orElseThrow().rows()).singleElement()
                .satisfies(r -> assertThat(r.cells()).containsExactly("client", "SYN RTO", "0", "1000000000"));
    }

    @Test
    void inSpanishTheTimersNameAndTheRtoValueAreWrittenInSpanish() {
        Trace trace = LifecycleSimulator.simulate(LifecycleScenario.DEFAULTS, org.wirewise.model.text.Texts.LANGUAGES.get(1));
        Step syn = trace.step(1);
        assertThat(syn.snapshot().table(TableKey.of("timers")).orElseThrow().rows()).singleElement()
                .satisfies(r -> assertThat(r.cells()).containsExactly("client", "RTO del SYN", "0", "1000000000"));
        assertThat(syn.snapshot().facts(org.wirewise.model.trace.TimerFact.class))
                .extracting(org.wirewise.model.trace.TimerFact::name).containsExactly("RTO del SYN");
        assertThat(value(syn.snapshot().node("client").orElseThrow(), "RTO")).as("the variable's name stays; its value has a comma")
                .isEqualTo("1,000 s");
    }

    @Test
    void aMalformedDropListNamesTheFieldAndWhatIsAllowed() {
        assertThatThrownBy(() -> LifecycleSimulator.simulate(scenario(LifecycleScenario.Closer.CLIENT, "3,x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("drop:").hasMessageContaining("\"x\"");
        assertThatThrownBy(() -> LifecycleSimulator.simulate(scenario(LifecycleScenario.Closer.CLIENT, "0")))
                .hasMessageContaining("from 1");
    }

    @Test
    void theSameScenarioGivesTheSameBytes() {
        Trace a = LifecycleSimulator.simulate(scenario(LifecycleScenario.Closer.SERVER, "5,9"));
        Trace b = LifecycleSimulator.simulate(scenario(LifecycleScenario.Closer.SERVER, "5,9"));
        assertThat(a.packets()).isEqualTo(b.packets());
        assertThat(a.steps()).isEqualTo(b.steps());
    }

    @Test
    void afterALostSynTheEchoedTimestampGivesTheSampleAndTheNarrationDoesItsArithmetic() {
        Trace trace = LifecycleSimulator.simulate(scenario(LifecycleScenario.Closer.CLIENT, "1"));
        Step established = trace.steps().stream().filter(s -> s.title().equals("The client is ESTABLISHED"))
                .findFirst().orElseThrow();
        assertThat(established.narration()).contains("RFC 7323 §4").doesNotContain("TCP_TIMEOUT_FALLBACK");
        assertThat(established.references()).contains("RFC 7323 §4");
        // Recompute what the narration prints from the variables the step shows: one 80 ms sample,
        // SRTT 80, RTTVAR 40, so max(1 s, 80 + 4·40 ms) = 1 s, not the backed-off 2 s.
        var client = established.snapshot().node("client").orElseThrow();
        double srtt = Double.parseDouble(value(client, "SRTT").replace(" ms", ""));
        double rttvar = Double.parseDouble(value(client, "RTTVAR").replace(" ms", ""));
        String rto = String.format(java.util.Locale.ROOT, "%.3f s", Math.max(1000, srtt + 4 * rttvar) / 1000);
        assertThat(srtt).isEqualTo(80.0);
        assertThat(value(client, "RTO")).isEqualTo(rto).isEqualTo("1.000 s");
        assertThat(established.narration()).contains(String.format(java.util.Locale.ROOT,
                "SRTT + 4·RTTVAR = %.1f + 4·%.1f ms) = %s", srtt, rttvar, rto));
    }

    private static String value(org.wirewise.model.trace.NodeState node, String name) {
        return node.variables().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().value();
    }

    @Test
    void withoutTimestampsALostSynLeavesNoSampleAndDataBeginsWithAThreeSecondRto() {
        LifecycleScenario d = LifecycleScenario.DEFAULTS;
        Trace trace = LifecycleSimulator.simulate(new LifecycleScenario(d.rttMs(), d.bandwidthMbps(), d.seed(),
                d.closer(), d.mslSeconds(), d.responseBytes(), true, "1", false));
        Step established = trace.steps().stream().filter(s -> s.title().equals("The client is ESTABLISHED"))
                .findFirst().orElseThrow();
        // Karn's rule (RFC 6298 §3): no sample; §5.7 and Linux's TCP_TIMEOUT_FALLBACK: 3 s, not the
        // backed-off 2 s.
        assertThat(established.narration()).contains("Karn's rule", "3.000 s", "§5.7");
        assertThat(value(established.snapshot().node("client").orElseThrow(), "RTO")).isEqualTo("3.000 s");
        assertThat(established.references()).contains("RFC 6298 §5.7");
        // Without the 12-byte option every full segment carries the whole MSS.
        assertThat(trace.packets()).anyMatch(p -> p.label().contains("len=1460"));
    }
}
