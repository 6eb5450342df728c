package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.testing.AppWindow;

/**
 * File ▸ Open capture… in the window: the file is read off the FX thread, a capture with several
 * conversations asks which one, the player steps through the replay, and a bad file leaves the
 * open lesson as it was with a message.
 */
@ExtendWith(ApplicationExtension.class)
class CaptureWindowTest {

    private AppWindow app;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "tcp-handshake");
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        app.close(robot);
    }

    private static void expectText(FxRobot robot, String query, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(n -> ((Label) n).getText().contains(expected)).orElse(false));
    }

    @Test
    void aCaptureOpensAsAReplayTheKeysStepThrough(FxRobot robot) throws Exception {
        Path file = TestCaptures.DIR.resolve(TestCaptures.HTTP_SIMPLE_GET);
        robot.interact(() -> app.window().files().openCapture(file));
        expectText(robot, "#player-step", "Step 1 of 11");
        robot.type(KeyCode.RIGHT);
        expectText(robot, "#narration-title", "The client opens: SYN");
        assertThat(robot.lookup("#narration-text").queryAs(Label.class).getText())
                .endsWith("Inferred from the capture.");
    }

    @Test
    void aCaptureWithSeveralConversationsAsksWhichOne(FxRobot robot) throws Exception {
        Path file = TestCaptures.DIR.resolve(TestCaptures.DNS_UDP);
        robot.interact(() -> app.window().files().openCapture(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".choice-dialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // the busiest conversation is preselected
        expectText(robot, "#narration-title", "UDP conversation 10.180.156.141:62563");
    }

    @Test
    void aFileThatIsNotACaptureGetsAMessageAndTheLessonStays(FxRobot robot) throws Exception {
        robot.type(KeyCode.RIGHT, 3);
        Path bad = Files.writeString(dir.resolve("truncated.pcap"), "\u00d4\u00c3\u00b2\u00a1 short");
        robot.interact(() -> app.window().files().openCapture(bad));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#error-message").tryQuery().isPresent());
        assertThat(robot.lookup("#error-message").queryAs(Label.class).getText())
                .contains("truncated.pcap could not be opened").contains("left as it was");
        robot.type(KeyCode.ENTER);
        expectText(robot, "#player-step", "Step 4 of 8");
    }
}
