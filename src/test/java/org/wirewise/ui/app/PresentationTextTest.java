package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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
    void noVisibleTextIsCutOnAnyStep(String lessonId) throws Exception {
        assertThat(CutText.onEveryStep(model, window, lessonId, 1280, 720))
                .as("text cut short in presentation mode at 1280x720").isEmpty();
    }

    /**
     * The ports lesson's socket tables under the picture: on a projector the rows a step is about
     * scroll into view rather than sit under the caption.
     */
    @org.junit.jupiter.api.Test
    void theSocketRowsEachStepHighlightsAreOnScreen() throws Exception {
        assertThat(CutText.onEveryStep(model, window, "ports-sockets", 1280, 720, true))
                .as("highlighted rows off screen in presentation mode at 1280x720").isEmpty();
    }
}
