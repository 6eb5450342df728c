package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.lesson.Lesson;
import org.wirewise.testing.AppWindow;
import org.wirewise.testing.RetainedHeap;

/**
 * Opening lessons from the sidebar again and again must not make the app bigger: what one visit
 * builds (a lesson view, its listeners, its trace) is released by the next. Measures the heap
 * after a full collection once every lesson has been visited, for several rounds, and checks the
 * later rounds retain no more than the first did, within a generous margin.
 */
@ExtendWith(ApplicationExtension.class)
class LessonCycleMemoryTest {

    private static final int ROUNDS = 3;
    /**
     * Growth allowed over the rounds after the first, in total: noise and caches that fill once
     * (CSS style caches). Before the fix each round retained some 35 MB (bitmap caches of the
     * departed views' scroll panes); after it, 1 to 3 MB.
     */
    private static final long ALLOWED_GROWTH = 16L << 20;

    private AppWindow app;

    private Stage own;

    /**
     * A stage of the test's own, not the one TestFX registers: TestFX keeps every event fired on
     * that one (FiredEvents), and the scroll events of a sidebar selection then hold old lesson
     * views, a growth the app does not have.
     */
    @Start
    void start(Stage ignored) {
        own = new Stage();
        app = AppWindow.show(own, "tcp-handshake");
        app.model().player().attachTimer(); // as the app does: playback runs on the pulse
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
        robot.interact(own::close);
    }

    @Test
    void openingEveryLessonAgainAndAgainRetainsNothing(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<Object> sidebar = robot.from(app.window()).lookup("#lesson-sidebar").queryAs(TreeView.class);
        List<TreeItem<Object>> lessons = new ArrayList<>();
        for (TreeItem<Object> chapter : sidebar.getRoot().getChildren()) {
            for (TreeItem<Object> item : chapter.getChildren()) {
                if (item.getValue() instanceof Lesson<?>) {
                    lessons.add(item);
                }
            }
        }
        assertThat(lessons).hasSizeGreaterThan(10);
        long[] retained = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (TreeItem<Object> lesson : lessons) {
                robot.interact(() -> sidebar.getSelectionModel().select(lesson));
                int steps = app.model().player().getTrace().stepCount();
                for (int step : new int[] {2, steps}) {
                    robot.interact(() -> app.model().player().goToStep(step));
                    WaitForAsyncUtils.waitForFxEvents();
                }
            }
            retained[round] = RetainedHeap.afterGc(robot, own);
            System.out.printf(Locale.ROOT, "lesson cycle %d: %.1f MB retained%n", round + 1, retained[round] / 1e6);
        }
        long growth = retained[ROUNDS - 1] - retained[0];
        assertThat(growth).as("heap retained after %d more rounds through every lesson", ROUNDS - 1)
                .isLessThan(ALLOWED_GROWTH);
    }
}
