package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
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

/**
 * Issue #19's what-if in the A/B view: open url-journey (a long run for the window), Ctrl+B, set
 * side B's TLS to 1.2, and step both sides with the player. Side B runs under the same progress
 * card as the window's own long runs.
 */
@ExtendWith(ApplicationExtension.class)
class CompareJourneyWindowTest {

    private MainViewModel model;
    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "url-journey");
        model = app.model();
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        FxWaits.await(what, 60, condition);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void urlJourneyComparesTls12BesideTls13AndBothSidesStepTogether(FxRobot robot) {
        await("the lesson", () -> model.getSetup() != null && !model.simulatingProperty().get());
        Node progress = robot.lookup("#simulation-progress").query();
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        String[] title = new String[1];
        await("side B's progress card", () -> {
            title[0] = label(robot, "#simulation-progress .section-title"); // read while it is shown
            return progress.isVisible();
        });
        assertThat(title[0]).isEqualTo("Simulating side B of Type a URL: about 2 million packets…");
        assertThat(robot.lookup("#simulation-cancel").tryQuery()).isPresent();
        await("the compare view", () -> robot.lookup("#compare-b-tls").tryQuery().isPresent());
        assertThat(label(robot, "#compare-header-b")).startsWith("B · the same as A");

        // The side-B sheet may have scrolled the box out of sight: focus it and choose with the keyboard.
        ComboBox<?> tls = robot.lookup("#compare-b-tls").queryAs(ComboBox.class);
        robot.interact(tls::requestFocus);
        robot.type(KeyCode.DOWN); // 1.3 → 1.2, the next choice
        await("side B's TLS 1.2 run", () -> !model.simulatingProperty().get()
                && label(robot, "#compare-header-b").equals("B · TLS 1.2"));
        assertThat(label(robot, "#compare-header-a")).isEqualTo("A · TLS 1.3");
        assertThat(progress.isVisible()).isFalse();

        for (int i = 0; i < 3; i++) {
            robot.clickOn("#player-next");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.player().getStepIndex()).isEqualTo(3);
        assertThat(model.compare().playerB().getStepIndex()).isEqualTo(3);
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.compare().playerB().getStepIndex())
                .isEqualTo(model.compare().playerB().getTrace().stepCount() - 1);
    }
}
