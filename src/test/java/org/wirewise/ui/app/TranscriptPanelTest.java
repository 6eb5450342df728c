package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.testing.AppWindow;

/** The transcript a reader navigates: opened with Ctrl+T, one entry per step, following the player, Enter goes. */
@ExtendWith(ApplicationExtension.class)
class TranscriptPanelTest {

    private AppWindow app;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "tcp-handshake");
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private ListView<Integer> open(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.model().player().getTrace() != null);
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#transcript-steps").queryListView();
    }

    private static void awaitSelected(ListView<Integer> list, int index) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getSelectionModel().getSelectedIndex() == index);
    }

    @Test
    void ctrlTShowsEveryStepAndTheListFollowsThePlayer(FxRobot robot) throws Exception {
        ListView<Integer> list = open(robot);
        Trace trace = app.model().player().getTrace();
        assertThat(list.isVisible()).isTrue();
        assertThat(list.isFocused()).as("the transcript takes the keyboard").isTrue();
        assertThat(list.getItems()).hasSize(trace.stepCount());
        awaitSelected(list, 0);
        robot.type(KeyCode.RIGHT, 2);
        awaitSelected(list, 2);
        // Each entry says what the step is, in the words a reader hears for it.
        String third = String.valueOf(robot.lookup("#transcript-steps .list-cell")
                .match((javafx.scene.control.ListCell<Integer> c) -> Integer.valueOf(2).equals(c.getItem())).query()
                .queryAccessibleAttribute(AccessibleAttribute.TEXT));
        assertThat(third).startsWith("Step 3 of 8, at 40.006 ms").contains(trace.step(2).title())
                .contains("from Server to Client").contains(trace.step(2).narration());
        assertThat(list.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo("Transcript");
    }

    @Test
    void upAndEnterGoToAnEarlierStep(FxRobot robot) throws Exception {
        ListView<Integer> list = open(robot);
        robot.interact(() -> app.model().player().goToStep(6));
        awaitSelected(list, 5);
        robot.type(KeyCode.UP, 3);
        assertThat(app.model().player().getStepIndex()).as("moving in the list only reads").isEqualTo(5);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.model().player().getStepIndex() == 2);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#transcript-steps").tryQuery()).as("Ctrl+T again hides it").isEmpty();
    }

    @Test
    void savesTheWholeTranscriptAsTextAndSaysWhyWhenItCannot(FxRobot robot) throws Exception {
        open(robot);
        Trace trace = app.model().player().getTrace();
        Texts words = Texts.english(TranscriptPanel.WORDS);
        Path file = dir.resolve("handshake.txt");
        robot.interact(() -> app.window().transcript().save(file, words));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (int i = 0; i < trace.stepCount(); i++) {
            assertThat(text).contains("Step " + (i + 1) + " of 8, at").contains(trace.step(i).title());
        }
        assertThat(text).contains("Client is now ESTABLISHED");
        Path nowhere = dir.resolve("missing-folder").resolve("t.txt");
        robot.interact(() -> app.window().transcript().save(nowhere, words));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-message").queryAs(Label.class).getText())
                .contains("missing-folder").contains("does not exist");
        assertThat(nowhere).doesNotExist();
    }
}
