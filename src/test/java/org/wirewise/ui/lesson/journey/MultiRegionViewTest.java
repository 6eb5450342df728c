package org.wirewise.ui.lesson.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
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

/** The multi-region lesson in the real window: the outage card, the failed region on the map, labels apart. */
@ExtendWith(ApplicationExtension.class)
class MultiRegionViewTest {

    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "multi-region");
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private static List<String> highlightedFirstCells(FxRobot robot, String card) {
        List<Label> cells = new ArrayList<>(robot.lookup("#" + card + " .card-cell.highlighted").queryAllAs(Label.class));
        cells.sort((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()));
        List<String> first = new ArrayList<>();
        double lastY = Double.NaN;
        for (Label l : cells) {
            double y = l.localToScene(0, 0).getY();
            if (y != lastY) {
                first.add(l.getText());
                lastY = y;
            }
        }
        return first;
    }

    @Test
    void theLastStepShowsEachStruckUsersOutageAndTheWithdrawnRegion(FxRobot robot) {
        robot.type(KeyCode.END);
        assertThat(robot.lookup("#narration-title").queryAs(Label.class).getText()).isEqualTo("The outage each user saw");
        assertThat(highlightedFirstCells(robot, "region-detail")).containsExactly("Paris", "Stockholm", "Lagos");
        Node euWest = robot.lookup("#region-eu-west").query();
        assertThat(euWest.getStyleClass()).contains("region-dark", "region-withdrawn");
        assertThat(robot.lookup("#region-us-east").query().getStyleClass()).contains("region-up")
                .doesNotContain("region-withdrawn");
    }

    @Test
    void noTwoLabelsOnTheMapOverlap(FxRobot robot) {
        for (int step = 0; step < 20; step++) {
            List<Bounds> boxes = robot.lookup("#region-map .label").queryAllAs(Label.class).stream()
                    .filter(Node::isVisible).filter(l -> !l.getStyleClass().contains("region-map-key"))
                    .map(Node::getBoundsInParent).toList();
            assertThat(boxes).as("three regions and eight users named").hasSize(11);
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(boxes.get(i).intersects(boxes.get(j))).as("step %d: labels %d and %d", step + 1, i, j)
                            .isFalse();
                }
            }
            robot.type(KeyCode.RIGHT);
        }
    }

    @Test
    void anotherFailingRegionStrikesItsOwnUsers(FxRobot robot) {
        Node failing = robot.lookup("#parameter-failingRegion").query();
        robot.interact(() -> ((ComboBox<?>) failing).getSelectionModel().select(2)); // ap-southeast
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.END);
        assertThat(highlightedFirstCells(robot, "region-detail")).containsExactlyInAnyOrder("Mumbai", "Tokyo", "Sydney");
        assertThat(robot.lookup("#region-ap-southeast").query().getStyleClass()).contains("region-dark");
    }
}
