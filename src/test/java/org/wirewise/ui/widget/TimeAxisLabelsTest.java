package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Trace;

/** A time axis never repeats a tick label ("21 ms, 21 ms, 21 ms" was seen on nat-table). */
class TimeAxisLabelsTest {

    static Stream<String> lessons() {
        return org.wirewise.ui.catalog.LessonRegistry.standard().catalog().all().stream().map(l -> l.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyTickOfEveryLessonsAxisReadsDifferently(String lessonId) throws Exception {
        Trace trace = LessonSetup.defaults(org.wirewise.ui.catalog.LessonRegistry.standard().catalog().require(lessonId)).simulate();
        if (trace.packets().isEmpty()) {
            return;
        }
        DiagramLayout layout = new DiagramLayout(trace);
        for (int wanted : new int[] {4, 8, 15}) {
            List<Long> ticks = layout.timeAxis().ticks(wanted);
            List<String> labels = DiagramTimeAxis.tickLabels(ticks, 0);
            assertThat(labels).as("%s with about %d ticks at %s", lessonId, wanted, ticks).doesNotHaveDuplicates();
        }
    }

    @Test
    void ticksAfterALongSilenceShowTheRealTimeWithTheDecimalsTheyNeed() {
        // A part of a run 20.64 s in, ticked every 100 µs: each label must differ, and be the real time.
        List<String> labels = DiagramTimeAxis.tickLabels(List.of(0L, 100_000L, 200_000L), 20_640_000_000L);
        assertThat(labels).containsExactly("20.64 s", "20.6401 s", "20.6402 s");
    }

    @Test
    void roundTicksKeepShortLabels() {
        assertThat(DiagramTimeAxis.tickLabels(List.of(0L, 50_000_000L, 100_000_000L), 0))
                .containsExactly("0", "50 ms", "100 ms");
    }
}
