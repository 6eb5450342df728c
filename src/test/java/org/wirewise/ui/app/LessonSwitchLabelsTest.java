package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * Opening a lesson after another shows nothing of the one before: sse-and-polling stepped to its
 * end, then grpc at its first step shows no packet label of sse-and-polling's (its "Close frame"
 * was seen on grpc's step 1), in the window as a user has it.
 */
@ExtendWith(ApplicationExtension.class)
class LessonSwitchLabelsTest {

    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(LessonRegistry.standard().catalog(), Long.MAX_VALUE);
        window = SpanishWindowTest.showSpanish(stage, model);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::dispose);
    }

    @Test
    void theNextLessonShowsNoPacketLabelOfTheOneBefore() throws Exception {
        assertNothingLeftOver("sse-and-polling", "grpc");
    }

    private void assertNothingLeftOver(String before, String next) throws Exception {
        Set<String> beforeLabels = WaitForAsyncUtils.asyncFx(() -> {
            model.openLesson(before);
            Trace trace = model.player().getTrace();
            for (int step = 1; step <= trace.stepCount(); step++) {
                SpanishWindowTest.shown(model, window, step);
            }
            return labels(trace);
        }).get(60, TimeUnit.SECONDS);
        Set<String> shown = WaitForAsyncUtils.asyncFx(() -> {
            model.openLesson(next);
            return SpanishWindowTest.shown(model, window, 1);
        }).get(60, TimeUnit.SECONDS);
        beforeLabels.removeAll(labels(model.player().getTrace()));
        assertThat(beforeLabels).as(before + "'s own packet labels").isNotEmpty();
        List<String> leftOver = shown.stream()
                .filter(t -> beforeLabels.stream().anyMatch(t::contains)).toList();
        assertThat(leftOver).as(next + " step 1 shows texts of " + before + "'s packets").isEmpty();
    }

    /** Every packet label of a trace, and each of its lines. */
    private static Set<String> labels(Trace trace) {
        Set<String> labels = new HashSet<>();
        for (TracePacket p : trace.packets()) {
            labels.add(p.label());
            labels.addAll(List.of(p.label().split("\n")));
        }
        labels.removeIf(String::isBlank);
        return labels;
    }
}
