package org.wirewise.lesson.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.model.replay.CaptureGraphs;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ScenarioException;

/** The throughput graph's interval is a parameter of the replay: chosen for the conversation unless set. */
class CaptureLessonTest {

    private static final String FILE = TestCaptures.DIR.resolve(TestCaptures.WEBSOCKET).toString();

    private static long interval(Trace trace) {
        LongSeries throughput = trace.series(CaptureGraphs.throughput(true)).orElseThrow();
        return throughput.get(0, 1);
    }

    @Test
    void theIntervalIsChosenForTheConversationUnlessSet() throws Exception {
        LessonSetup defaults = CaptureLesson.setup(java.nio.file.Path.of(FILE), 1);
        // The WebSocket conversation lasts 123 s: 1 s intervals give 122 of them.
        assertThat(interval(defaults.simulate())).isEqualTo(1_000_000_000L);
        assertThat(interval(defaults.withValue("intervalMs", 250).simulate())).isEqualTo(250_000_000L);
    }

    @Test
    void anIntervalOutsideItsRangeIsRefusedSayingWhatIsAllowed() {
        LessonSetup defaults = CaptureLesson.setup(java.nio.file.Path.of(FILE), 1);
        assertThatThrownBy(() -> defaults.withValue("intervalMs", -5)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("from 0 to 60000");
    }
}
