package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.testing.AppWindow;
import org.wirewise.testing.RetainedHeap;

/**
 * A teacher switches the theme and presentation mode back and forth all lesson long: that must
 * not make the app bigger. Something registered per switch and never removed (a listener on the
 * theme or presentation property, a stylesheet added each time, the departing layout's nodes)
 * would show as heap retained after a full collection growing round after round.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchMemoryTest {

    /** The first round fills what fills once (CSS style caches, the renderer's image pool); then measured ones. */
    private static final int ROUNDS = 4;
    private static final int SWITCHES_PER_LESSON = 8;
    /** Lessons with the most nodes per step: sequence diagrams, the protocol stack, the NAT tables. */
    private static final List<String> LESSONS = List.of("tcp-handshake", "encapsulation", "nat-table");
    /**
     * Growth allowed from the first measured round to the last, 2 x 3 x 8 x 2 = 96 switches later:
     * a leak of 40 kB a switch would exceed it. Measured here: well under 1 MB either way.
     */
    private static final long ALLOWED_GROWTH = 4L << 20;

    private AppWindow app;
    private Stage own;

    /** A stage of the test's own: TestFX keeps every event fired on its primary stage. */
    @Start
    void start(Stage ignored) {
        own = new Stage();
        // Screen-sized, as a projected window is: presentation mode then changes no window size.
        app = AppWindow.show(own, LESSONS.get(0), 1920, 1080);
        app.model().player().attachTimer();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            app.model().presentationProperty().set(false);
            app.model().themeProperty().set(Theme.LIGHT);
        });
        app.close(robot);
        robot.interact(own::close);
    }

    @Test
    void switchingThemeAndPresentationAgainAndAgainRetainsNothing(FxRobot robot) {
        long[] retained = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (String lesson : LESSONS) {
                robot.interact(() -> app.model().openLesson(lesson));
                WaitForAsyncUtils.waitForFxEvents();
                for (int i = 0; i < SWITCHES_PER_LESSON; i++) {
                    int step = 1 + i % app.model().player().getTrace().stepCount();
                    robot.interact(() -> {
                        app.model().presentationProperty().set(true);
                        app.model().themeProperty().set(Theme.DARK);
                        app.model().player().goToStep(step);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> {
                        app.model().presentationProperty().set(false);
                        app.model().themeProperty().set(Theme.LIGHT);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                }
            }
            assertThat(app.window().getStyleClass()).as("style classes after round %d", round + 1)
                    .contains("theme-light").doesNotContain("theme-dark", "presentation");
            retained[round] = RetainedHeap.afterGc(robot, own);
            System.out.printf(Locale.ROOT, "theme switch round %d: %.1f MB retained%n", round + 1,
                    retained[round] / 1e6);
        }
        long growth = retained[ROUNDS - 1] - retained[1];
        assertThat(growth).as("heap retained after %d more rounds of switches", ROUNDS - 2)
                .isLessThan(ALLOWED_GROWTH);
    }
}
