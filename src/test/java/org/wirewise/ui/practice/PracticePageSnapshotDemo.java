package org.wirewise.ui.practice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.lesson.Chapter;
import org.wirewise.practice.Question;
import org.wirewise.testing.AppWindow;
import org.wirewise.ui.app.Theme;
import org.wirewise.ui.widget.NodeImages;

/**
 * Renders the practice page in the real window to PNGs in target/practice-renders for a person to
 * look at (light, dark, presentation mode), since {@code wirewise render} draws lessons only; not
 * part of the normal test run (Surefire's default includes skip it). Run by hand:
 * {@code mvn -o test -Dtest=PracticePageSnapshotDemo -Dsurefire.failIfNoSpecifiedTests=false}
 */
@ExtendWith(ApplicationExtension.class)
class PracticePageSnapshotDemo {

    private static final Path OUT = Path.of("target", "practice-renders");
    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "tcp-handshake", 1280, 720);
    }

    @Test
    void render(FxRobot robot) throws IOException {
        Files.createDirectories(OUT);
        for (Theme theme : Theme.values()) {
            for (boolean present : new boolean[] {false, true}) {
                String name = theme.name().toLowerCase(java.util.Locale.ROOT) + (present ? "-present" : "");
                robot.interact(() -> {
                    app.model().themeProperty().set(theme);
                    app.model().presentationProperty().set(present);
                    app.window().showPractice(true);
                    PracticeModel m = app.window().practicePage().model();
                    m.backToChoice();
                });
                shoot(robot, "choose-" + name);
                robot.interact(() -> {
                    PracticeModel m = app.window().practicePage().model();
                    m.chapterProperty().set(Chapter.TCP);
                    m.mockProperty().set(present);
                    m.start();
                });
                shoot(robot, "question-" + name);
                robot.interact(() -> {
                    PracticeModel m = app.window().practicePage().model();
                    Question q = m.session().current();
                    switch (q.kind()) {
                        case CHOICE -> m.choose((q.correct() + 1) % q.choices().size());
                        case NUMERIC -> m.submitNumber("1");
                        case OPEN -> {
                            m.writeOpen("Both sides pick a sequence number.");
                            BitSet some = new BitSet();
                            some.set(0);
                            m.tick(some);
                        }
                    }
                });
                shoot(robot, "answered-" + name);
                robot.interact(() -> app.window().practicePage().model().advance(26L * 60_000_000_000L));
                if (present) {
                    shoot(robot, "summary-" + name);
                }
            }
        }
        app.close(robot);
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            app.window().applyCss();
            app.window().layout();
            image.set(app.window().getScene().snapshot(null));
        });
        NodeImages.writePng(image.get(), OUT.resolve(name + ".png"));
    }
}
