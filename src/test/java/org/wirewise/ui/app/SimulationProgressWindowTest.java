package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.testing.AppWindow;
import org.wirewise.testing.FxWaits;
import org.wirewise.model.trace.Trace;

/** A user asks for a run too large to wait for, watches its progress, and cancels it. */
@ExtendWith(ApplicationExtension.class)
class SimulationProgressWindowTest {

    private MainViewModel model;
    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "congestion");
        model = app.model();
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        FxWaits.await(what, 20, condition);
    }

    /** Focuses a field (the sheet may have scrolled it out of sight), replaces its text and presses Enter. */
    private static void typeInto(FxRobot robot, TextField field, String text) {
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void aLargeRunShowsProgressAndEscapeCancelsItLeavingTheLessonAsItWas(FxRobot robot) {
        await("the parameter sheet", () -> robot.lookup("#parameter-durationS").tryQuery().isPresent());
        Trace before = model.player().getTrace();
        Node progress = robot.lookup("#simulation-progress").query();
        assertThat(progress.isVisible()).isFalse();

        TextField duration = robot.lookup("#parameter-durationS").queryAs(TextField.class);
        typeInto(robot, duration, "600");
        TextField bandwidth = robot.lookup("#parameter-bandwidthMbps").queryAs(TextField.class);
        typeInto(robot, bandwidth, "10000");

        await("the progress card", progress::isVisible);
        assertThat(robot.lookup("#simulation-progress .section-title").queryAs(Label.class).getText())
                .isEqualTo("Simulating Congestion control: about 1.5 billion packets…");
        assertThat(robot.lookup("#simulation-cancel").tryQuery()).isPresent();
        assertThat(model.player().getTrace()).isSameAs(before); // the old run stays on screen meanwhile

        robot.type(KeyCode.ESCAPE);
        await("the card to go", () -> !progress.isVisible());
        assertThat(model.player().getTrace()).isSameAs(before);
        assertThat(bandwidth.getText()).isEqualTo("100");
        assertThat(duration.getText()).isEqualTo("30");
        assertThat(model.getSetup().values().get("bandwidthMbps")).isEqualTo(100.0);
    }
}
