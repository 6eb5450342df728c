package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.tcp.TcpHandshakeLesson;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.StepLink;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ScenarioSchema;
import org.wirewise.ui.catalog.LessonRegistry;
import org.wirewise.ui.lesson.tcp.TcpHandshakeView;

/**
 * A step's link to another lesson, as a user meets it: a button under the narration, named for the
 * lesson and step, that opens that lesson there with the link's parameters, by mouse or keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class StepLinksWindowTest {

    private static final StepLink LINK = new StepLink("tcp-handshake", 3, Map.of("rttMs", "200"),
            "the server's SYN-ACK");

    private MainViewModel model;
    private MainWindow window;

    /** The handshake lesson under another id whose first step links to the real one's third. */
    private static final class LinkingLesson implements Lesson<HandshakeScenario> {
        private final TcpHandshakeLesson inner = new TcpHandshakeLesson();

        @Override public String id() { return "linking"; }
        @Override public String title() { return "Linking"; }
        @Override public Chapter chapter() { return Chapter.JOURNEY; }
        @Override public String summary() { return "A step that links to another lesson."; }
        @Override public ScenarioSchema<HandshakeScenario> schema() { return inner.schema(); }

        @Override
        public Trace simulate(HandshakeScenario scenario) {
            Trace t = inner.simulate(scenario);
            List<Step> steps = new ArrayList<>(t.steps());
            Step first = steps.get(0);
            steps.set(0, new Step(first.time(), first.title(), first.narration(), first.references(),
                    first.packetId(), first.snapshot(), List.of(LINK)));
            return new Trace(id(), t.lanes(), steps, t.packets(), t.series(), t.secrets());
        }
    }

    @Start
    void start(Stage stage) {
        LessonRegistry registry = LessonRegistry.standard().add(new LinkingLesson(), c -> new TcpHandshakeView());
        model = new MainViewModel(registry.catalog());
        window = new MainWindow(model, registry.views());
        Scene scene = new Scene(window, 1400, 900);
        window.attach(stage, scene);
        model.openLesson("linking");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::dispose);
    }

    private static Button linkButton(FxRobot robot) {
        return robot.lookup("#step-links .step-link").queryAs(Button.class);
    }

    @Test
    void theButtonNamesTheLessonAndStepAndOpensItThereWithItsParameters(FxRobot robot) {
        Button button = linkButton(robot);
        assertThat(button.getText()).isEqualTo("Open in Three-way handshake, step 3");
        assertThat(button.getTooltip().getText()).contains("Three-way handshake").contains("tcp-handshake").contains("step 3")
                .contains("the server's SYN-ACK").contains("rttMs=200");

        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getSetup().lesson().id()).isEqualTo("tcp-handshake");
        assertThat(model.getSetup().values().get("rttMs")).isEqualTo(200.0);
        assertThat(model.player().getStepIndex()).isEqualTo(2);
        assertThat(robot.lookup("#step-links").queryAs(javafx.scene.layout.VBox.class).isManaged())
                .as("the handshake's own steps link nowhere").isFalse();
    }

    @Test
    void theKeyboardReachesAndOpensTheLink(FxRobot robot) {
        Button button = linkButton(robot);
        assertThat(button.isFocusTraversable()).isTrue();
        robot.interact(button::requestFocus);
        robot.type(KeyCode.SPACE); // a focused button keeps Space from the player
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getSetup().lesson().id()).isEqualTo("tcp-handshake");
        assertThat(model.player().getStepIndex()).isEqualTo(2);
        assertThat(model.player().isPlaying()).as("Space opened the link, it did not start playback").isFalse();
    }

    @Test
    void aStepWithoutLinksShowsNoButtons(FxRobot robot) {
        robot.interact(() -> model.player().goToStep(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#step-links .step-link").tryQuery()).isEmpty();
    }
}
