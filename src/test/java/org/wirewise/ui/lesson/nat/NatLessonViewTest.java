package org.wirewise.ui.lesson.nat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
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
import org.wirewise.ui.app.MainViewModel;

/** The NAT lessons in the real window: the translation table follows the steps; a behaviour change redraws. */
@ExtendWith(ApplicationExtension.class)
class NatLessonViewTest {

    private MainViewModel model;
    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "nat-table");
        model = app.model();
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private static List<String> highlightedCells(FxRobot robot, String table) {
        return robot.lookup("#" + table + " .nat-table-cell.highlighted").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    @Test
    void steppingThroughTheTranslationHighlightsItsRowAndShowsTheRewrittenBytes(FxRobot robot) {
        assertThat(robot.lookup("#nat-table .nat-table-empty").queryAs(Label.class).getText()).isEqualTo("(empty)");
        robot.type(KeyCode.RIGHT, 2);
        List<String> row = highlightedCells(robot, "nat-table");
        assertThat(row).hasSize(5);
        assertThat(row.get(0)).isEqualTo("TCP");
        assertThat(row.get(1)).startsWith("192.168.1.10:");
        assertThat(row.get(2)).startsWith("203.0.113.1:");
        assertThat(robot.lookup(".bytes-pane .section-title").queryAs(Label.class).getText())
                .startsWith("Packet bytes: SYN from 203.0.113.1:");
        robot.type(KeyCode.END);
        assertThat(robot.lookup(".nat-phase").queryAs(Label.class).getText()).contains("after a long silence");
        robot.type(KeyCode.HOME);
        assertThat(robot.lookup("#nat-table .nat-table-cell").tryQuery()).isEmpty();
    }

    @Test
    void choosingAnotherFilteringChangesWhatIsLetIn(FxRobot robot) {
        robot.interact(() -> model.openLesson("nat-behaviour"));
        robot.type(KeyCode.RIGHT, 4);
        assertThat(robot.lookup("#narration-title").queryAs(Label.class).getText())
                .isEqualTo("Dropped: a probe from a third host");
        Node filtering = robot.lookup("#parameter-filtering").query();
        robot.interact(() -> ((ComboBox<?>) filtering).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#narration-title").queryAs(Label.class).getText())
                .isEqualTo("Let in: a probe from a third host");
        assertThat(highlightedCells(robot, "nat-results")).containsExactly("third host Y2", "192.0.2.33:3478",
                "✓ forwarded to X", "Filtering");
        assertThat(robot.lookup("#nat-rules .nat-table-cell").queryAllAs(Label.class).stream().map(Label::getText))
                .containsSequence("Filtering", "endpoint-independent");
    }
}
