package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * The ordinary window (sidebar, lesson, narration, parameters) on a 1280×720 projector and a
 * 1920×1080 screen: on every step of every lesson no text the user can see is cut short.
 */
@ExtendWith(ApplicationExtension.class)
class NormalModeTextTest {

    private MainViewModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::dispose);
    }

    static Stream<Arguments> lessonsAndSizes() {
        List<String> ids = LessonRegistry.standard().catalog().all().stream().map(l -> l.id()).toList();
        return Stream.of(new int[] {1280, 720}, new int[] {1920, 1080})
                .flatMap(size -> ids.stream().map(id -> Arguments.of(id, size[0], size[1])));
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("lessonsAndSizes")
    void noVisibleTextIsCutOnAnyStep(String lessonId, int width, int height, FxRobot robot) throws Exception {
        robot.interact(() -> newWindow(width, height));
        assertThat(CutText.onEveryStep(model, window, lessonId, width, height))
                .as("text cut short at " + width + "x" + height).isEmpty();
    }

    /**
     * The checks above open each lesson at its defaults; these run them on variants whose views differ:
     * the three parts of dns-attacks (the poisoning part is its default; its view rearranges tables and bytes
     * per step), at both sizes, in presentation mode too, light and dark; url-journey over HTTP/1.1 (more
     * waterfall rows, a longer phases table, two more steps) on the projector, normal and presenting.
     */
    static Stream<Arguments> variants() {
        return Stream.concat(Stream.of("poisoning", "amplification", "tunneling").flatMap(part -> Stream.of(
                Arguments.of("dns-attacks", "part", part, 1280, 720, false, Theme.LIGHT),
                Arguments.of("dns-attacks", "part", part, 1920, 1080, false, Theme.DARK),
                Arguments.of("dns-attacks", "part", part, 1280, 720, true, Theme.DARK))), Stream.of(
                Arguments.of("url-journey", "http", "1.1", 1280, 720, false, Theme.LIGHT),
                Arguments.of("url-journey", "http", "1.1", 1280, 720, true, Theme.DARK)));
    }

    @ParameterizedTest(name = "{0} {1}={2} at {3}x{4} presentation={5} {6}")
    @MethodSource("variants")
    void noVisibleTextIsCutOnAnyStepOfEachVariant(String lesson, String parameter, String value, int width, int height,
                                                 boolean presentation, Theme theme, FxRobot robot) throws Exception {
        robot.interact(() -> {
            newWindow(width, height);
            model.presentationProperty().set(presentation);
            model.themeProperty().set(theme);
        });
        WaitForAsyncUtils.asyncFx(() -> {
            model.openLesson(lesson);
            return model.setParameter(parameter, value);
        }).get(60, TimeUnit.SECONDS);
        assertThat(model.getSetup().scenario().toString().toLowerCase(java.util.Locale.ROOT))
                .contains(parameter + "=" + value.toLowerCase(java.util.Locale.ROOT));
        assertThat(CutText.onEveryStepOfOpenLesson(model, window, lesson + " " + parameter + "=" + value, width, height,
                false)).as("text cut short at " + width + "x" + height).isEmpty();
    }

    private void newWindow(int width, int height) {
        model = new MainViewModel(LessonRegistry.standard().catalog(), Long.MAX_VALUE);
        window = new MainWindow(model, LessonRegistry.standard().views());
        window.ensureParameters();
        stage.setScene(new Scene(window, width, height));
        stage.sizeToScene();
    }
}
