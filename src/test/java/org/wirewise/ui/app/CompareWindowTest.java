package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

/** A teacher's A/B path: Ctrl+B, change side B's RTT, step both with the player, Ctrl+B again. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

    private MainViewModel model;
    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "tcp-handshake");
        model = app.model();
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void ctrlBComparesASecondScenarioThatStepsWithTheFirst(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#compare-b-rttMs").tryQuery().isPresent());
        assertThat(robot.lookup("#compare-pane").tryQuery()).isPresent();
        assertThat(label(robot, "#compare-header-b")).startsWith("B · the same as A");

        Node rttB = robot.lookup("#compare-b-rttMs").query();
        robot.doubleClickOn(rttB).eraseText(6).write("200").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#compare-header-a")).isEqualTo("A · Round-trip time 80 ms");
        assertThat(label(robot, "#compare-header-b")).isEqualTo("B · Round-trip time 200 ms");

        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.player().getStepIndex()).isEqualTo(model.player().getTrace().stepCount() - 1);
        assertThat(model.compare().playerB().getStepIndex())
                .isEqualTo(model.compare().playerB().getTrace().stepCount() - 1);

        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#compare-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup("#parameter-rttMs").tryQuery()).isPresent();
    }
}
