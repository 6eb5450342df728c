package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.testing.AppWindow;

/** A teacher at the front: B blanks the screen and back, Ctrl+P draws over the lesson, the next step clears it. */
@ExtendWith(ApplicationExtension.class)
class PresenterToolsTest {

    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "tcp-handshake");
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void bBlanksTheScreenAndBringsItBack(FxRobot robot) {
        Node blank = robot.lookup("#presenter-blank").query();
        assertThat(blank.isVisible()).isFalse();
        robot.type(KeyCode.B);
        assertThat(blank.isVisible()).isTrue();
        robot.type(KeyCode.PAGE_DOWN); // a clicker's next brings the lesson back without stepping unseen
        assertThat(blank.isVisible()).isFalse();
        assertThat(app.model().player().getStepIndex()).isZero();
        robot.type(KeyCode.B, KeyCode.B);
        assertThat(blank.isVisible()).isFalse();
        robot.type(KeyCode.B, KeyCode.ESCAPE);
        assertThat(blank.isVisible()).isFalse();
        assertThat(app.model().presentationProperty().get()).isFalse();
    }

    @Test
    void thePenDrawsOverTheLessonUntilTheNextStep(FxRobot robot) {
        Pane ink = robot.lookup("#presenter-ink").queryAs(Pane.class);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        Bounds area = robot.lookup("#lesson-area").query().localToScreen(
                robot.lookup("#lesson-area").query().getLayoutBounds());
        robot.drag(area.getCenterX() - 100, area.getCenterY(), MouseButton.PRIMARY)
                .dropTo(area.getCenterX() + 100, area.getCenterY() + 40);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ink.getChildren()).hasSize(1);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().player().getStepIndex()).isEqualTo(1);
        assertThat(ink.getChildren()).as("the next step clears the drawing").isEmpty();

        robot.drag(area.getCenterX(), area.getCenterY(), MouseButton.PRIMARY).dropTo(area.getCenterX() + 50,
                area.getCenterY() + 50);
        robot.type(KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ink.getChildren()).as("E erases").isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        assertThat(ink.isMouseTransparent()).as("the lesson takes the mouse again").isTrue();
    }
}
