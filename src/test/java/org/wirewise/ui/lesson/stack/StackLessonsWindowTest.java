package org.wirewise.ui.lesson.stack;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import org.wirewise.ui.widget.PacketBytesView;

/** The protocol stack lessons in the real main window, on headless Monocle, as a user drives them. */
@ExtendWith(ApplicationExtension.class)
class StackLessonsWindowTest {

    private MainViewModel model;
    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, null);
        model = app.model();
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private void open(FxRobot robot, String lesson) {
        robot.interact(() -> assertThat(model.openLesson(lesson)).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String texts(FxRobot robot, String query) {
        StringBuilder all = new StringBuilder();
        robot.lookup(query).lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class)
                .forEach(l -> all.append(l.getText()).append('|'));
        return all.toString();
    }

    @Test
    void encapsulationStepsToTheRouterAndShowsWhatItRewrote(FxRobot robot) {
        open(robot, "encapsulation");
        assertThat(texts(robot, "#packet-blocks")).contains("HTTP").doesNotContain("TCP");
        robot.type(KeyCode.PAGE_DOWN, 2); // a clicker's "next"
        assertThat(texts(robot, "#packet-blocks")).contains("TCP").contains("IPv4").doesNotContain("Ethernet");
        robot.type(KeyCode.RIGHT, 4);
        assertThat(text(robot, "#player-step")).isEqualTo("Step 7 of 12");
        assertThat(robot.lookup("#router-changes").query().isVisible()).isTrue();
        assertThat(texts(robot, "#router-changes")).contains("TTL|64|63|");
        assertThat(robot.lookup("#device-router").query().getStyleClass()).contains("busy");
        assertThat(robot.lookup(".bytes-pane .section-title").queryAs(Label.class).getText()).contains("TTL 63");
    }

    @Test
    void theBytesViewShowsTheFrameAndALayerAtEveryEncapsulationStep(FxRobot robot) {
        open(robot, "encapsulation");
        robot.interact(() -> assertThat(model.setParameterText("https", "true")).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        PacketBytesView bytes = robot.lookup(".packet-bytes-view").queryAs(PacketBytesView.class);
        int steps = model.player().getTrace().stepCount();
        for (int i = 0; i < steps; i++) {
            String title = robot.lookup(".bytes-pane .section-title").queryAs(Label.class).getText();
            assertThat(title).as("step %d", i + 1).startsWith("Packet bytes: ");
            if (model.player().getTrace().step(i).title().equals("Overhead in numbers")) {
                // The summary is about the overhead table, not one layer: no layer is picked out.
                assertThat(bytes.getSelectedField()).as("step %d", i + 1).isNull();
            } else {
                assertThat(bytes.getSelectedField()).as("step %d selects the layer it is about", i + 1).isNotNull();
            }
            robot.type(KeyCode.RIGHT);
        }
    }

    @Test
    void encapsulationWithHttpsAndABigBodyAddsTlsAndSegments(FxRobot robot) {
        open(robot, "encapsulation");
        robot.interact(() -> {
            assertThat(model.setParameterText("method", "post")).isEmpty();
            assertThat(model.setParameterText("bodyBytes", "5000")).isEmpty();
            assertThat(model.setParameterText("https", "true")).isEmpty();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.RIGHT);
        assertThat(texts(robot, "#packet-blocks")).contains("TLS");
        assertThat(texts(robot, "#overhead")).contains("Segments|4|");
        robot.clickOn("#parameter-path").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("no-slash").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#parameter-problem")).contains("path").contains("starts with /");
    }

    @Test
    void clickingQuicInTheOsiModelSaysWhyItIsTransport(FxRobot robot) {
        open(robot, "osi-model");
        robot.clickOn("#tech-quic");
        Node detail = robot.lookup("#osi-detail").query();
        assertThat(texts(robot, "#osi-detail")).contains("QUIC: OSI layer 4").contains("on top of UDP");
        assertThat(detail.isVisible()).isTrue();
        assertThat(robot.lookup("#osi-layer-4").query().getStyleClass()).contains("lit");
        assertThat(robot.lookup("#osi-layer-7").query().getStyleClass()).doesNotContain("lit");
        robot.clickOn("#tech-tls");
        assertThat(robot.lookup("#osi-layer-6").query().getStyleClass()).contains("lit");
        assertThat(robot.lookup("#osi-layer-5").query().getStyleClass()).contains("lit");
    }

    @Test
    void theLoadBalancerLightsTheBackendItChose(FxRobot robot) {
        open(robot, "load-balancers");
        robot.type(KeyCode.RIGHT, 2);
        assertThat(robot.lookup("#backend-1").query().getStyleClass()).contains("busy");
        assertThat(texts(robot, "#decisions")).contains("GET /api/cart|backend-1|");
        assertThat(texts(robot, "#reads")).contains("Cookie");
        robot.type(KeyCode.RIGHT, 4); // request 3 decided: its row leads, so it is never below the fold
        String decisions = texts(robot, "#decisions");
        assertThat(decisions.indexOf("GET /api/orders")).isNotNegative().isLessThan(decisions.indexOf("GET /api/cart"));
    }

    @Test
    void theCheckMarksAnAnswerAndRevealsTheRightOne(FxRobot robot) {
        open(robot, "which-layer");
        robot.type(KeyCode.RIGHT, 2); // an answer step that nobody clicked (a class voting aloud)
        assertThat(text(robot, "#quiz-progress")).doesNotContain("no answers").doesNotContain("right");
        robot.type(KeyCode.LEFT);
        robot.clickOn("#quiz-choice-2"); // the switch question: layer 3 is wrong
        assertThat(text(robot, "#quiz-feedback")).startsWith("Not quite.");
        assertThat(robot.lookup("#quiz-choice-2").query().getStyleClass()).contains("wrong");
        assertThat(robot.lookup("#quiz-choice-1").query().getStyleClass()).contains("right");
        robot.type(KeyCode.RIGHT, 2);
        robot.clickOn("#quiz-choice-1");
        assertThat(text(robot, "#quiz-feedback")).startsWith("Right.");
        assertThat(text(robot, "#quiz-progress")).contains("1 of 2 right");
    }
}
