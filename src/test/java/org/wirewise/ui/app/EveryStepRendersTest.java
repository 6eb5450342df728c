package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
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
 * Every step of every registered lesson lays out and draws in the window without an exception,
 * in both themes, in normal and presentation mode: what a class would see if a teacher stepped
 * through it. Exceptions thrown while drawing, and those the FX thread would only print, fail it.
 */
@ExtendWith(ApplicationExtension.class)
class EveryStepRendersTest {

    private MainViewModel model;
    private MainWindow window;
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage stage) {
        model = new MainViewModel(LessonRegistry.standard().catalog(), Long.MAX_VALUE);
        window = new MainWindow(model, LessonRegistry.standard().views());
        window.ensureParameters();
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::dispose);
    }

    static Stream<Arguments> lessonsAndLooks() {
        return LessonRegistry.standard().catalog().all().stream().flatMap(l -> Stream.of(
                Arguments.of(l.id(), Theme.LIGHT, false), Arguments.of(l.id(), Theme.DARK, true),
                Arguments.of(l.id(), Theme.DARK, false)));
    }

    @ParameterizedTest(name = "{0} {1} presentation={2}")
    @MethodSource("lessonsAndLooks")
    void everyStepDraws(String lessonId, Theme theme, boolean presentation, FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.themeProperty().set(theme);
            model.presentationProperty().set(presentation);
            model.openLesson(lessonId);
        });
        int steps = model.player().getTrace().stepCount();
        assertThat(steps).isPositive();
        for (int step = 0; step < steps; step++) {
            int s = step;
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
                model.player().goToStep(s + 1); // one-based: every step, the last included
                window.applyCss();
                window.layout();
                return s == steps - 1 ? window.snapshot(new SnapshotParameters(), null) : null;
            }).get(60, TimeUnit.SECONDS);
            if (image != null) {
                assertThat(image.getWidth()).isEqualTo(1280);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught).as(lessonId + " in " + theme + (presentation ? ", presenting" : "")).isEmpty();
    }
}
