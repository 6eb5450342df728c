package org.wirewise.ui.lesson.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.ui.app.MainViewModel;
import org.wirewise.ui.app.MainWindow;
import org.wirewise.ui.lesson.LessonViews;

/** A learner opens the congestion lesson, steps to a loss, switches to the per-round sawtooth and hovers. */
@ExtendWith(ApplicationExtension.class)
class CongestionViewTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        MainViewModel model = new MainViewModel(LessonCatalog.standard());
        window = new MainWindow(model, LessonViews.standard());
        Scene scene = new Scene(window, 1400, 900);
        window.attach(stage, scene);
        model.openLesson("congestion");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.dispose());
    }

    @Test
    void stepsToALossSwitchesToRoundsAndReadsExactValues(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".cc-legend .legend-key").queryAll()).hasSize(3);
        for (int i = 0; i < 40 && !robot.lookup("#narration-title").queryAs(Label.class).getText()
                .contains("fast retransmit"); i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#narration-title").queryAs(Label.class).getText()).contains("fast retransmit");
        robot.clickOn("Per RTT round");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".cc-bar .toggle-button").queryAllAs(ToggleButton.class))
                .filteredOn(ToggleButton::isSelected).extracting(ToggleButton::getText).containsExactly("Per RTT round");
        robot.moveTo((javafx.scene.Node) robot.lookup(".series-chart").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".readout").queryAs(Label.class).getText()).startsWith("rounds = ").contains("reno: ");
    }
}
