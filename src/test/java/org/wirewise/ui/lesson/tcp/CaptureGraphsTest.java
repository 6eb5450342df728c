package org.wirewise.ui.lesson.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
import org.wirewise.lesson.replay.CaptureLesson;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.model.replay.CaptureTrace;
import org.wirewise.model.replay.OpenedCapture;
import org.wirewise.model.trace.Trace;
import org.wirewise.testing.AppWindow;

/**
 * A replayed capture's view switches between the sequence diagram, the tcptrace graph (G) and
 * the graphs over time (I), by key and by the toggles above it; a lesson has no such toggles.
 */
@ExtendWith(ApplicationExtension.class)
class CaptureGraphsTest {

    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "tcp-lifecycle", 1600, 1000);
    }

    @AfterEach
    void dispose(FxRobot robot) {
        app.close(robot);
    }

    private void replay(FxRobot robot) throws Exception {
        Path file = TestCaptures.DIR.resolve(TestCaptures.HTTP_SIMPLE_GET);
        OpenedCapture opened = OpenedCapture.of(PcapReader.read(file));
        Trace trace = CaptureTrace.of(opened, opened.conversations().get(0));
        robot.interact(() -> app.model().openSimulated(CaptureLesson.setup(file, 1), trace));
    }

    @Test
    void iShowsTheGraphsOverTimeInTheLaddersPlaceAndIBringsTheLadderBack(FxRobot robot) throws Exception {
        replay(robot);
        robot.clickOn("#sequence-diagram");
        robot.type(KeyCode.I);
        assertThat(robot.lookup("#capture-graphs").tryQuery()).as("the graphs").isPresent();
        assertThat(robot.lookup("#sequence-diagram").tryQuery()).as("in the ladder's place").isEmpty();
        // One key per direction that sends data: the client's request and the server's response.
        List<String> keys = robot.lookup("#capture-graphs .legend-key").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(keys).containsExactly("Client → Server", "Server → Client");
        assertThat(robot.lookup("#capture-graphs .series-chart").queryAll()).hasSize(3);
        robot.type(KeyCode.I);
        assertThat(robot.lookup("#sequence-diagram").tryQuery()).as("the ladder again").isPresent();
    }

    @Test
    void theTogglesSwitchTheViewAndFollowTheKeys(FxRobot robot) throws Exception {
        replay(robot);
        robot.clickOn("#sequence-diagram");
        robot.type(KeyCode.G);
        assertThat(robot.lookup("#tcptrace-chart").tryQuery()).isPresent();
        assertThat(toggle(robot, "tcptrace (G)").isSelected()).as("the toggle follows the key").isTrue();
        robot.clickOn(toggle(robot, "Graphs (I)"));
        assertThat(robot.lookup("#capture-graphs").tryQuery()).isPresent();
        assertThat(robot.lookup("#tcptrace-chart").tryQuery()).isEmpty();
        robot.clickOn(toggle(robot, "Diagram"));
        assertThat(robot.lookup("#sequence-diagram").tryQuery()).isPresent();
        assertThat(toggle(robot, "Diagram").getTooltip()).isNotNull();
    }

    @Test
    void aLessonHasNoGraphsOverTimeAndNoToggles(FxRobot robot) {
        robot.clickOn("#sequence-diagram");
        robot.type(KeyCode.I);
        assertThat(robot.lookup("#sequence-diagram").tryQuery()).as("I does nothing in a lesson").isPresent();
        assertThat(robot.lookup(".graph-choice").query().isVisible()).isFalse();
    }

    private static ToggleButton toggle(FxRobot robot, String text) {
        return robot.lookup(".graph-choice .toggle-button").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
