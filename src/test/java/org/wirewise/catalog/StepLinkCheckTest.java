package org.wirewise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.StepLink;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * The check every approval case runs on its trace's links (ApprovalTest): it must name each kind
 * of link that would open nothing, and pass one that lands.
 */
class StepLinkCheckTest {

    private static final LessonCatalog CATALOG = LessonRegistry.standard().catalog();

    private static Trace linking(StepLink... links) {
        Step step = new Step(0, "t", "n", List.of(), -1, new Snapshot(List.of(), List.of()), List.of(links));
        return new Trace("linking", List.of(), List.of(step), List.of());
    }

    @Test
    void aLinkToAStepThatExistsPasses() throws Exception {
        int last = LessonSetup.of(CATALOG, "tcp-handshake", Map.of("rttMs", "200")).simulate().stepCount();
        assertThat(new StepLinkCheck(CATALOG).broken(linking(
                new StepLink("tcp-handshake", last, Map.of("rttMs", "200"), "the last step")))).isEmpty();
    }

    @Test
    void aMissingLessonAStepPastTheEndAndARefusedParameterAreEachReported() throws Exception {
        int count = LessonSetup.of(CATALOG, "tcp-handshake", Map.of()).simulate().stepCount();
        List<String> broken = new StepLinkCheck(CATALOG).broken(linking(
                new StepLink("no-such-lesson", 1, "nothing"),
                new StepLink("tcp-handshake", count + 1, "one past the end"),
                new StepLink("tcp-handshake", 1, Map.of("rttMs", "0"), "a refused round trip")));
        assertThat(broken).hasSize(3);
        assertThat(broken.get(0)).startsWith("linking step 1 → no-such-lesson step 1: ").contains("no-such-lesson");
        assertThat(broken.get(1)).endsWith("the trace has " + count + " steps");
        assertThat(broken.get(2)).contains("rttMs");
    }
}
