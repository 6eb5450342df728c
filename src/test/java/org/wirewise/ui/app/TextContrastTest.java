package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * WCAG AA text contrast (4.5:1, 3:1 for large text) of everything the class can read, in the light
 * and dark themes, at the desk (1920×1080) and presenting (1280×720): for every lesson its first,
 * middle and last step, measured on the drawn window (see {@link TextContrast}).
 */
@ExtendWith(ApplicationExtension.class)
class TextContrastTest {

    private MainViewModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new MainViewModel(org.wirewise.ui.catalog.LessonRegistry.standard().catalog(), Long.MAX_VALUE);
        window = new MainWindow(model, org.wirewise.ui.catalog.LessonRegistry.standard().views());
        window.ensureParameters();
        stage.setScene(new Scene(window, 1280, 720));
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
    void everyTextMeetsAaInEveryTheme(String lessonId) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.openLesson(lessonId)).get(60, TimeUnit.SECONDS);
        Set<String> problems = new LinkedHashSet<>();
        for (Theme theme : Theme.values()) {
            for (boolean presenting : new boolean[] {false, true}) {
                problems.addAll(measure(lessonId, theme, presenting));
            }
        }
        assertThat(problems).as("text below WCAG AA contrast").isEmpty();
    }

    private List<String> measure(String lessonId, Theme theme, boolean presenting) throws Exception {
        int steps = model.player().getTrace().stepCount();
        List<String> found = new ArrayList<>();
        for (int step : new LinkedHashSet<>(List.of(1, (steps + 1) / 2, steps))) {
            found.addAll(WaitForAsyncUtils.asyncFx(() -> {
                model.themeProperty().set(theme);
                model.presentationProperty().set(presenting);
                int width = presenting ? 1280 : 1920;
                if (window.getScene().getWidth() != width) {
                    window.getScene().setRoot(new javafx.scene.layout.Region()); // frees the window for the new scene
                    stage.setScene(new Scene(window, width, presenting ? 720 : 1080));
                }
                model.player().goToStep(step);
                CutText.settle(window);
                var image = window.getScene().snapshot(null);
                String where = lessonId + " step " + step + " " + theme.name().toLowerCase(java.util.Locale.ROOT)
                        + (presenting ? " presenting" : "") + ": ";
                return TextContrast.below(window, image).stream().map(l -> where + l).toList();
            }).get(60, TimeUnit.SECONDS));
        }
        return found;
    }

    @Test
    void theRatioIsWcags() {
        assertThat(TextContrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(1e-9));
        // #767676 on white is the lightest grey that passes AA: 4.54:1.
        assertThat(TextContrast.ratio(Color.web("#767676"), Color.WHITE)).isBetween(4.5, 4.6);
        assertThat(TextContrast.ratio(Color.web("#777777"), Color.WHITE)).isLessThan(4.5);
    }
}
