package org.wirewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.StepLink;
import org.wirewise.model.trace.Trace;

/** `trace --format json` names a step's links to other lessons, and says nothing of links a step has not. */
class TraceJsonLinksTest {

    private static final Snapshot EMPTY = new Snapshot(List.of(), List.of());

    @Test
    void aLinkedStepListsItsLinksAndAnUnlinkedStepHasNoLinksKey() {
        Step linked = new Step(0, "TCP", "The handshake.", List.of(), -1, EMPTY,
                List.of(new StepLink("tcp-handshake", 3, Map.of("rttMs", "200", "sack", "false"), "the SYN-ACK")));
        Step plain = new Step(5, "Done", "The end.", List.of(), -1, EMPTY);
        JsonNode steps = new TraceJson().toTree(new Trace("journey", List.of(), List.of(linked, plain), List.of()),
                Map.of()).get("steps");

        JsonNode link = steps.get(0).get("links").get(0);
        assertThat(link.get("lesson").asText()).isEqualTo("tcp-handshake");
        assertThat(link.get("step").asInt()).isEqualTo(3);
        assertThat(link.get("caption").asText()).isEqualTo("the SYN-ACK");
        assertThat(link.get("parameters").get("rttMs").asText()).isEqualTo("200");
        assertThat(link.get("parameters").get("sack").asText()).isEqualTo("false");
        assertThat(steps.get(1).has("links")).as("no links key where a step links nowhere").isFalse();
    }
}
