package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.testing.AppWindow;

/** Real user paths through the main window, on headless Monocle. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private MainViewModel model;
    private MainWindow window;
    private AppWindow app;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "tcp-handshake");
        model = app.model();
        window = app.window();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        app.close(robot);
    }

    private static String text(FxRobot robot, String query) {
        awaitNode(robot, query);
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Waits until a label reads exactly {@code expected}; fails with what it read instead. */
    private static void expectText(FxRobot robot, String query, String expected) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(query)
                    .tryQuery().map(n -> expected.equals(((Label) n).getText())).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(text(robot, query)).as(query).isEqualTo(expected);
        }
    }

    /** Waits for the diagram's next drawing to show {@code expected} in a label. */
    private static void awaitText(FxRobot robot, String query, String expected) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(query)
                    .tryQuery().map(n -> ((Label) n).getText().contains(expected)).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " did not show " + expected + " within 10 s", e);
        }
    }

    /**
     * The diagram draws on the layout pulse after a step changes; on a loaded machine that pulse
     * can come after the key event is processed, so wait for the node rather than assume it.
     */
    private static void awaitNode(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no visible " + query + " after 10 s", e);
        }
    }

    /** The menu bar's third button (File, Edit, View). */
    private static Node viewMenu(FxRobot robot) {
        return robot.lookup(".menu-bar .menu").nth(2).query();
    }

    /** A node of a popup that is showing now (menus keep their hidden popups around). */
    private static Node shown(FxRobot robot, String query) {
        return robot.lookup(query).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing() && n.isVisible()).query();
    }

    /** View ▸ Theme ▸ item, moving into the submenu sideways as a hand would. */
    private static void chooseTheme(FxRobot robot, String item) {
        robot.clickOn(viewMenu(robot));
        Node theme = shown(robot, "#menu-theme");
        robot.clickOn(theme);
        javafx.geometry.Bounds b = theme.localToScreen(theme.getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(b.getMaxX() + 30, b.getCenterY()));
        robot.clickOn(shown(robot, item));
    }

    @Test
    void stepsToTheEndAndBackWithTheKeys(FxRobot robot) {
        expectText(robot, "#player-step", "Step 1 of 8");
        expectText(robot, "#state-client", "CLOSED");
        expectText(robot, "#state-server", "LISTEN");
        robot.type(KeyCode.RIGHT);
        expectText(robot, "#state-client", "SYN-SENT");
        expectText(robot, "#narration-title", "The client sends SYN");
        robot.type(KeyCode.PAGE_DOWN, 2);
        expectText(robot, "#player-step", "Step 4 of 8");
        expectText(robot, "#state-client", "ESTABLISHED");
        expectText(robot, "#state-server", "SYN-RECEIVED");
        robot.type(KeyCode.END);
        expectText(robot, "#player-step", "Step 8 of 8");
        expectText(robot, "#state-server", "ESTABLISHED");
        expectText(robot, "#narration-title", "The client's request is acknowledged");
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.PAGE_UP);
        expectText(robot, "#player-step", "Step 6 of 8");
        robot.type(KeyCode.HOME);
        expectText(robot, "#player-step", "Step 1 of 8");
        expectText(robot, "#state-client", "CLOSED");
    }

    @Test
    void spacePlaysAndPlusMinusChangeSpeed(FxRobot robot) {
        robot.type(KeyCode.SPACE);
        assertThat(model.player().isPlaying()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(model.player().isPlaying()).isFalse();
        robot.type(KeyCode.PLUS);
        assertThat(model.player().getSpeed()).isEqualTo(1.5);
        robot.type(KeyCode.MINUS, 2);
        assertThat(model.player().getSpeed()).isEqualTo(0.75);
        robot.interact(() -> {
            model.player().play();
            model.player().advance(1_000_000_000L); // one second of wall time at 0.75x
        });
        assertThat(model.player().positionProperty().get()).isGreaterThan(0);
    }

    @Test
    void aPlayerButtonClickedWithTheMouseLeavesSpaceToThePlayer(FxRobot robot) {
        robot.clickOn("#player-next");
        expectText(robot, "#player-step", "Step 2 of 8");
        robot.type(KeyCode.SPACE);
        assertThat(model.player().isPlaying()).as("Space plays, it does not press Next again").isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(model.player().isPlaying()).isFalse();
    }

    @Test
    void changingTheRttRedrawsTheDiagram(FxRobot robot) {
        robot.type(KeyCode.END);
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#measurement-server")).contains("120.0");
        Node rttField = robot.lookup("#parameter-rttMs").query();
        robot.doubleClickOn(rttField).eraseText(6).write("200").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        expectText(robot, "#player-step", "Step 7 of 8"); // the step is kept
        awaitText(robot, "#measurement-server", "300.0");
        assertThat(text(robot, "#measurement-server")).contains("300.0");
        assertThat(text(robot, "#diagram-now")).startsWith("300.0");
    }

    @Test
    void undoPutsTheOldValueBackInTheFieldAndItCanBeTypedAgain(FxRobot robot) {
        robot.type(KeyCode.END);
        robot.type(KeyCode.LEFT);
        javafx.scene.control.TextField rtt = robot.lookup("#parameter-rttMs").queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(rtt).eraseText(6).write("200").type(KeyCode.ENTER);
        awaitText(robot, "#measurement-server", "300.0");
        robot.clickOn((Node) robot.lookup(".menu-bar .menu").nth(1).query()); // Edit
        robot.clickOn(shown(robot, "#menu-undo"));
        awaitText(robot, "#measurement-server", "120.0");
        assertThat(rtt.getText()).isEqualTo("80");
        robot.doubleClickOn(rtt).eraseText(6).write("200").type(KeyCode.ENTER);
        awaitText(robot, "#measurement-server", "300.0");
        assertThat(model.getSetup().values().get("rttMs")).isEqualTo(200.0);
    }

    @Test
    void aValueOutOfRangeShowsWhatIsAllowed(FxRobot robot) {
        Node mssField = robot.lookup("#parameter-mss").query();
        robot.doubleClickOn(mssField).eraseText(6).write("20").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#parameter-problem")).contains("from 88 to 65495")
                .as("named as the sheet names it, not by its file key").startsWith("MSS: ").doesNotContain("mss:");
        Node problem = robot.lookup("#parameter-problem").query();
        Node sheet = robot.lookup("#parameter-panel .parameter-sheet").query();
        assertThat(problem.localToScene(problem.getLayoutBounds()).getMinY())
                .as("the message sits below the parameter list, not over it")
                .isGreaterThanOrEqualTo(sheet.localToScene(sheet.getLayoutBounds()).getMaxY() - 1);
        assertThat(model.getSetup().values().get("mss")).isEqualTo(1460);
    }

    @Test
    void clickingASegmentShowsItsBytes(FxRobot robot) {
        robot.type(KeyCode.END);
        awaitNode(robot, "#packet-label-1");
        robot.clickOn("#packet-label-1");
        assertThat(robot.lookup(".bytes-pane .section-title").queryAs(Label.class).getText())
                .startsWith("Packet bytes: SYN, ACK").endsWith("(74 bytes)");
    }

    @Test
    void themeAndPresentationModeSwitch(FxRobot robot) {
        chooseTheme(robot, "#theme-dark");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(window.getStyleClass()).contains("theme-dark");
        robot.type(KeyCode.F5);
        assertThat(model.presentationProperty().get()).isTrue();
        assertThat(window.getStyleClass()).contains("presentation");
        assertThat(robot.lookup("#lesson-sidebar").tryQuery()).isEmpty();
        assertThat(robot.lookup("#main-menu").tryQuery()).isEmpty();
        assertThat(window.getStyle()).contains("21.0px"); // 14 px × 1.5
        robot.type(KeyCode.ESCAPE);
        assertThat(model.presentationProperty().get()).isFalse();
        assertThat(robot.lookup("#lesson-sidebar").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(model.fontScaleProperty().get()).isEqualTo(1.1);
        chooseTheme(robot, "#theme-light");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    @Test
    void presentationShowsThePictureAndCaptionAndTogglesBytesStatesAndParametersWithAKeyEach(FxRobot robot) {
        robot.type(KeyCode.RIGHT, 2); // a step with a packet selected, so there are bytes to hide
        robot.type(KeyCode.F5);
        Node bytes = robot.lookup(".bytes-pane").query();
        Node narration = robot.lookup("#narration-panel").query();
        Node lesson = robot.lookup("#lesson-area").query();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bytes.getLayoutBounds().getHeight()).as("bytes hidden").isLessThan(1);
        assertThat(robot.lookup(".narration-variables").query().isVisible()).as("state table hidden").isFalse();
        assertThat(robot.lookup("#parameter-slot").tryQuery()).as("parameters hidden").isEmpty();
        // The narration is a caption under the picture, across its width.
        double lessonBottom = lesson.localToScene(lesson.getLayoutBounds()).getMaxY();
        assertThat(narration.localToScene(narration.getLayoutBounds()).getMinY()).isGreaterThanOrEqualTo(lessonBottom - 1);
        assertThat(narration.getLayoutBounds().getWidth()).isCloseTo(lesson.getLayoutBounds().getWidth(),
                org.assertj.core.data.Offset.offset(2.0));
        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bytes.getLayoutBounds().getHeight()).as("H shows the bytes").isGreaterThan(50);
        robot.type(KeyCode.V);
        assertThat(robot.lookup(".narration-variables").query().isVisible()).as("V shows the state table").isTrue();
        robot.type(KeyCode.P);
        assertThat(robot.lookup("#parameter-slot").tryQuery()).as("P shows the parameters").isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#lesson-sidebar").tryQuery()).isPresent();
        assertThat(robot.lookup(".narration-variables").query().isVisible()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bytes.getLayoutBounds().getHeight()).as("bytes back outside presentation").isGreaterThan(50);
    }

    @Test
    void aBrokenScenarioFileGetsADialogAndTheLessonStays(FxRobot robot) throws Exception {
        robot.type(KeyCode.RIGHT, 3);
        Path broken = dir.resolve("broken.wirewise.json");
        Files.writeString(broken, "{\"format\": \"wirewise-scenario\", \"version\": 1, \"lesson\": ");
        robot.interact(() -> window.files().openScenario(broken));
        assertThat(text(robot, "#error-message")).contains("not valid JSON").contains("left as it was");
        robot.type(KeyCode.ENTER); // dismiss
        expectText(robot, "#player-step", "Step 4 of 8");
        expectText(robot, "#state-client", "ESTABLISHED");
    }
}
