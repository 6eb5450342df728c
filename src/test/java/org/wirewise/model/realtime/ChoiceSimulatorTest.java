package org.wirewise.model.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.realtime.ChoiceScenario.Direction;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;

/** The decisions a system-design interview expects, and each verdict with its reason. */
class ChoiceSimulatorTest {

    private static String choice(ChoiceScenario s) {
        Trace t = ChoiceSimulator.simulate(s);
        return t.steps().get(t.stepCount() - 1).title();
    }

    @Test
    void aBrowserFeedOfServerUpdatesGetsServerSentEvents() {
        assertThat(choice(ChoiceScenario.DEFAULTS)).isEqualTo("The choice: Server-Sent Events");
    }

    @Test
    void aBrowserChatBothWaysGetsWebSocket() {
        assertThat(choice(new ChoiceScenario(Direction.BOTH, 600, true, false, false))).isEqualTo("The choice: WebSocket");
        // binary both ways in a browser: still WebSocket (binary frames), SSE would need base64
        assertThat(choice(new ChoiceScenario(Direction.BOTH, 600, true, false, true))).isEqualTo("The choice: WebSocket");
    }

    @Test
    void servicesWithoutBrowsersStreamingBinaryBothWaysGetGrpc() {
        assertThat(choice(new ChoiceScenario(Direction.BOTH, 6_000, false, false, true))).isEqualTo("The choice: gRPC");
    }

    @Test
    void rareUpdatesThroughStrictProxiesGetPlainPolling() {
        assertThat(choice(new ChoiceScenario(Direction.SERVER_TO_CLIENT, 1, true, true, false)))
                .isEqualTo("The choice: REST polling");
    }

    @Test
    void gRpcIsOutForBrowsersAndPollingIsOutAboveItsRate() {
        Trace t = ChoiceSimulator.simulate(new ChoiceScenario(Direction.SERVER_TO_CLIENT, 1_000, true, false, false));
        Table decision = t.steps().get(t.stepCount() - 1).snapshot().table(ChoiceSimulator.DECISION).orElseThrow();
        assertThat(decision.rows()).filteredOn(r -> r.cells().get(0).equals("gRPC")).singleElement()
                .satisfies(r -> assertThat(r.cells().get(3)).isEqualTo("no"));
        assertThat(decision.rows()).filteredOn(r -> r.cells().get(0).equals("REST polling")).singleElement()
                .satisfies(r -> {
                    assertThat(r.cells().get(2)).isEqualTo("no");
                    assertThat(r.cells().get(6)).isEqualTo("out");
                });
    }

    @Test
    void everyTechniqueStepGivesAReasonForEachRequirementAndWebSocketLinksToItsLessons() {
        Trace t = ChoiceSimulator.simulate(ChoiceScenario.DEFAULTS);
        List<Step> techniques = t.steps().subList(1, 6);
        assertThat(techniques).allSatisfy(s -> assertThat(s.snapshot().table(ChoiceSimulator.VERDICTS).orElseThrow().rows())
                .hasSize(RealtimeChooser.Requirement.values().length)
                .allSatisfy(r -> assertThat(r.cells().get(2)).isNotBlank()));
        Step ws = techniques.stream().filter(s -> s.title().startsWith("WebSocket")).findFirst().orElseThrow();
        assertThat(ws.links()).extracting(l -> l.lessonId()).contains("websocket", "websocket-scaling");
        assertThat(techniques).allSatisfy(s -> assertThat(s.links()).isNotEmpty());
    }

    @Test
    void aRateOutOfRangeIsRefused() {
        assertThatThrownBy(() -> ChoiceSimulator.simulate(new ChoiceScenario(Direction.BOTH, 0, true, true, true)))
                .hasMessageContaining("1 to 60000");
    }
}
