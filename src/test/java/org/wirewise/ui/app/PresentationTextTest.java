package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * class can see is cut short ("ESTABLIS…"), and what the step highlights is on screen. A Labeled
 * whose drawn text differs from its text has been clipped with an ellipsis.
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

    /**
     * Open, not accepted: steps whose highlighted rows lie further apart than the strip under the
     * picture is tall (a cache row in each of three caches, a NAT's mapping and its filter's
     * verdict, encapsulation's router and its TTL row), so the pane shows the first and the rest
     * stay below. A ratchet: a step fixed here fails the test until it leaves the list.
     */
    private static final Set<String> KNOWN_OFF_SCREEN = Set.of(
            // Lessons merged from main after the check was turned on, not yet looked at:
            "grpc step 4", "grpc step 5", "grpc step 6", "grpc step 7", "grpc step 8", "grpc step 9", "grpc step 10",
            "grpc step 11", "grpc step 14", "grpc step 15", "grpc step 16", "grpc step 18", "grpc step 20",
            "grpc step 21",
            "sse-and-polling step 4", "sse-and-polling step 12", "sse-and-polling step 15");

    /**
     * No cut text, and what each step highlights (its subject: a table row, the layer a device
     * works at) scrolled on screen rather than left under the caption or below the strip's fold.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void noVisibleTextIsCutOnAnyStep(String lessonId) throws Exception {
        List<String> found = CutText.onEveryStep(model, window, lessonId, 1280, 720, true);
        Set<String> offScreen = found.stream().filter(PresentationTextTest::offScreen).map(PresentationTextTest::step)
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>(found.stream()
                .filter(f -> !offScreen(f) || !KNOWN_OFF_SCREEN.contains(step(f))).toList());
        KNOWN_OFF_SCREEN.stream().filter(k -> k.startsWith(lessonId + " step ") && !offScreen.contains(k)).sorted()
                .forEach(k -> problems.add(k + ": now shows what it highlights; take it off KNOWN_OFF_SCREEN"));
        assertThat(problems).as("text cut short or the step's subject off screen in presentation mode at 1280x720")
                .isEmpty();
    }

    private static boolean offScreen(String found) {
        return found.contains("(highlighted), is off screen");
    }

    /** "nat-table step 12" of "nat-table step 12: ...". */
    private static String step(String found) {
        return found.substring(0, found.indexOf(':'));
    }
}
