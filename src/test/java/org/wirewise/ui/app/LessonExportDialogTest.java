package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.export.PdfStructure;
import org.wirewise.testing.AppWindow;

/** File ▸ Export lesson… in the window: a progress bar while it runs off the FX thread, and Cancel. */
@ExtendWith(ApplicationExtension.class)
class LessonExportDialogTest {

    @TempDir
    Path dir;

    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "tcp-handshake", 1280, 720);
    }

    @AfterEach
    void dispose(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void theLessonIsWrittenAsAPdfWithAPagePerStepWhileTheProgressBarFills(FxRobot robot) throws Exception {
        Path file = dir.resolve("handout.pdf");
        Task<Void> task = WaitForAsyncUtils.asyncFx(() -> LessonExportDialog.start(robot.targetWindow(), app.model(),
                file, LessonExport.Format.PDF, 960, 540, message -> { })).get(10, TimeUnit.SECONDS);
        assertThat(robot.lookup("#export-progress").tryQuery()).as("the progress bar is shown").isPresent();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        task.get(); // throws what the export threw, if it failed
        int steps = app.model().player().getTrace().stepCount();
        assertThat(new PdfStructure(Files.readAllBytes(file)).pageCount()).isEqualTo(steps);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-progress").tryQuery()).as("the dialog closed").isEmpty();
    }

    @Test
    void cancellingLeavesNoFile(FxRobot robot) throws Exception {
        Path file = dir.resolve("never.gif");
        // Cancel pressed in the same moment the export starts: moving the mouse to the button took longer
        // than an unloaded machine needs to write the whole 8-step GIF, so a click raced the export.
        Task<Void> task = WaitForAsyncUtils.asyncFx(() -> {
            Task<Void> started = LessonExportDialog.start(robot.targetWindow(), app.model(), file,
                    LessonExport.Format.GIF, 960, 540, message -> { });
            robot.lookup("#export-cancel").queryAs(javafx.scene.control.Button.class).fire();
            return started;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task.isDone());
        Thread.sleep(500); // the export thread notices at its next step and stops
        assertThat(task.isCancelled()).isTrue();
        assertThat(file).doesNotExist();
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers).as("no temporary file is left").isEmpty();
        }
    }
}
