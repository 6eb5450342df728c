package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.lesson.LessonCatalog;

/**
 * Presentation mode on a 1280×720 projector: every step of every lesson, and no text that the
 * class can see is cut short ("ESTABLIS…"). A Labeled whose drawn text differs from its text has
 * been clipped with an ellipsis.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationTextTest {

    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(org.wirewise.ui.catalog.LessonRegistry.standard().catalog(), Long.MAX_VALUE);
        window = new MainWindow(model, org.wirewise.ui.catalog.LessonRegistry.standard().views());
        window.ensureParameters();
        stage.setScene(new Scene(window, 1280, 720));
        model.presentationProperty().set(true);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::dispose);
    }

    static List<String> lessons() {
        return org.wirewise.ui.catalog.LessonRegistry.standard().catalog().all().stream().map(l -> l.id()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void noVisibleTextIsCutOnAnyStep(String lessonId, FxRobot robot) throws Exception {
        robot.interact(() -> model.openLesson(lessonId));
        int steps = model.player().getTrace().stepCount();
        List<String> cut = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            int s = step;
            cut.addAll(WaitForAsyncUtils.asyncFx(() -> {
                model.player().goToStep(s);
                window.applyCss();
                window.layout();
                window.applyCss();
                window.layout();
                List<String> found = new ArrayList<>();
                collect(window, found, lessonId + " step " + (s + 1));
                return found;
            }).get(60, TimeUnit.SECONDS));
        }
        assertThat(cut).as("text cut short in presentation mode at 1280x720").isEmpty();
    }

    /** Labeled controls on screen whose drawn text is not their text. */
    private static void collect(Parent parent, List<String> found, String where) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && onScreen(l)) {
                Node drawn = l.lookup(".text");
                if (drawn instanceof Text t && !t.getText().replace("\n", " ").equals(l.getText().replace("\n", " "))) {
                    found.add(where + ": \"" + l.getText() + "\" drawn as \"" + t.getText() + "\" (" + l.getStyleClass() + ")");
                }
            }
            if (n instanceof Parent p) {
                collect(p, found, where);
            }
        }
    }

    /** Inside the window and not scrolled out of a viewport: what the class can see. */
    private static boolean onScreen(Node n) {
        var b = n.localToScene(n.getLayoutBounds());
        return b.getWidth() > 0 && b.getHeight() > 0 && b.getMaxX() > 0 && b.getMinX() < 1280 && b.getMaxY() > 0
                && b.getMinY() < 720;
    }
}
