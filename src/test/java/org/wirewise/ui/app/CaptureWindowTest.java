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

    @Test
    void aSlowReadShowsProgressAndCancelLeavesTheLesson(FxRobot robot) throws Exception {
        robot.type(KeyCode.RIGHT, 3);
        // The reader stalls at its first report until Cancel makes the report throw.
        app.model().captureReading(progress -> fraction -> {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < until) {
                progress.worked(fraction);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        Path file = TestCaptures.DIR.resolve(TestCaptures.DNS_UDP);
        robot.interact(() -> app.window().files().openCapture(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#simulation-progress").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup("#simulation-progress .section-title").queryAs(Label.class).getText())
                .isEqualTo("Reading " + file.getFileName() + "…");
        robot.clickOn("#simulation-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#simulation-progress").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".choice-dialog").tryQuery()).isEmpty();
        assertThat(app.model().getSetup().lesson().id()).isEqualTo("tcp-handshake");
        expectText(robot, "#player-step", "Step 4 of 8");
    }

    @Test
    void aCaptureOverTheLimitIsRefusedWithItsSize(FxRobot robot) throws Exception {
        Path big = dir.resolve("big.pcap");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(2_000_000_000L); // sparse: no disk is written
        }
        robot.interact(() -> app.window().files().openCapture(big));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#error-message").tryQuery().isPresent());
        assertThat(robot.lookup("#error-message").queryAs(Label.class).getText())
                .contains("big.pcap is 2.0 GB; Wirewise opens captures up to 1 GiB").contains("left as it was");
        robot.type(KeyCode.ENTER);
        assertThat(app.model().getSetup().lesson().id()).isEqualTo("tcp-handshake");
    }

    @Test
    void aPcapngGivenAsAFileToOpenIsReplayedAsACapture(FxRobot robot) throws Exception {
        // What the app does with the file on its command line (a double-click, the installers' association).
        Path file = TestCaptures.DIR.resolve(TestCaptures.HTTP_SIMPLE_GET);
        Path pcapng = dir.resolve("get.pcapng");
        try (var out = Files.newOutputStream(pcapng)) {
            org.wirewise.model.pcap.PcapngWriter.write(out, org.wirewise.model.pcap.PcapReader.read(file), null);
        }
        robot.interact(() -> app.window().files().open(pcapng));
        expectText(robot, "#player-step", "Step 1 of 11");
        assertThat(app.model().getSetup().lesson().id()).isEqualTo(org.wirewise.model.replay.CaptureTrace.ID);
    }
}
