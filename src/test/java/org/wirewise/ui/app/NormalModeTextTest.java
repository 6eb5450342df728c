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

    static Stream<Arguments> translatedLessonsAndSizes() {
        List<String> ids = org.wirewise.text.Translated.lessons().toList();
        return Stream.of(new int[] {1280, 720}, new int[] {1920, 1080})
                .flatMap(size -> ids.stream().map(id -> Arguments.of(id, size[0], size[1])));
    }

    /**
     * Lessons whose Spanish words do not fit their own views at a size, to fix. A ratchet: a listed
     * lesson that fits fails the test until it leaves the list. All five are the stack lessons'
     * {@code TableCard} in a narrow pane: its leading columns never wrap, so the last runs past the
     * edge (http-basics 19, keep-alive-pooling's pool card, choose-realtime 7, grpc from step 7,
     * load-balancers 14). Letting every column wrap fixes them but makes English cards at 1280x720
     * wrap short numbers ("720.7 / ms") that fit today: the card needs to shrink its last column
     * first, then the others.
     */
    static final java.util.Set<String> KNOWN_CUT_IN_SPANISH = java.util.Set.of(
            "http-basics 1280x720", "keep-alive-pooling 1280x720", "choose-realtime 1280x720", "grpc 1280x720",
            "load-balancers 1280x720");

    /** The same in Spanish (about a fifth longer), the window's own words too, for every lesson translated so far. */
    @ParameterizedTest(name = "{0} in Spanish at {1}x{2}")
    @MethodSource("translatedLessonsAndSizes")
    void noVisibleTextIsCutOnAnyStepInSpanish(String lessonId, int width, int height, FxRobot robot) throws Exception {
        robot.interact(() -> newWindow(width, height, org.wirewise.text.Translated.SPANISH));
        List<String> cut = CutText.onEveryStep(model, window, lessonId, width, height);
        if (KNOWN_CUT_IN_SPANISH.contains(lessonId + " " + width + "x" + height)) {
            assertThat(cut).as(lessonId + " fits in Spanish at " + width + "x" + height
                    + " now: take it off KNOWN_CUT_IN_SPANISH").isNotEmpty();
        } else {
            assertThat(cut).as("text cut short at " + width + "x" + height + " in Spanish").isEmpty();
        }
    }

    /**
     * The checks above open each lesson at its defaults, which is the poisoning part of dns-attacks; this
     * runs them on each of its three parts, at both sizes, in presentation mode too, light and dark (its
     * view rearranges tables and bytes per step), in English and in Spanish.
     */
    static Stream<Arguments> dnsAttackParts() {
        return Stream.of(java.util.Locale.ENGLISH, org.wirewise.text.Translated.SPANISH).flatMap(language -> Stream.of(
                "poisoning", "amplification", "tunneling").flatMap(part -> Stream.of(
                Arguments.of(part, 1280, 720, false, Theme.LIGHT, language),
                Arguments.of(part, 1920, 1080, false, Theme.DARK, language),
                Arguments.of(part, 1280, 720, true, Theme.DARK, language))));
    }

    @ParameterizedTest(name = "dns-attacks {0} at {1}x{2} presentation={3} {4} {5}")
    @MethodSource("dnsAttackParts")
    void noVisibleTextIsCutOnAnyStepOfEachDnsAttack(String part, int width, int height, boolean presentation,
                                                    Theme theme, java.util.Locale language, FxRobot robot)
            throws Exception {
        openVariant(robot, width, height, presentation, theme, language, "dns-attacks", "part", part);
        assertThat(model.getSetup().scenario().toString()).contains(part.toUpperCase(java.util.Locale.ROOT));
        assertThat(CutText.onEveryStepOfOpenLesson(model, window, "dns-attacks " + part, width, height, false))
                .as("text cut short at " + width + "x" + height).isEmpty();
    }

    /** The URL journey over HTTP/3 (its own steps and a what-ifs table with HTTP/2 rows), as a class would project it. */
    static Stream<Arguments> http3Journey() {
        return Stream.of(Arguments.of(1280, 720, false, Theme.LIGHT), Arguments.of(1280, 720, true, Theme.DARK));
    }

    @ParameterizedTest(name = "url-journey http=3 at {0}x{1} presentation={2} {3}")
    @MethodSource("http3Journey")
    void noVisibleTextIsCutOnAnyStepOfTheHttp3Journey(int width, int height, boolean presentation, Theme theme,
                                                      FxRobot robot) throws Exception {
        openVariant(robot, width, height, presentation, theme, "url-journey", "http", "3");
        assertThat(model.getSetup().scenario().toString()).contains("http=3");
        assertThat(model.player().getTrace().steps()).as("the HTTP/3 journey's own steps are showing")
                .anyMatch(s -> s.title().equals("Straight to QUIC on UDP 443"));
        assertThat(CutText.onEveryStepOfOpenLesson(model, window, "url-journey http=3", width, height, presentation))
                .as("text cut short at " + width + "x" + height).isEmpty();
    }

    /** The URL journey over HTTP/1.1 (more waterfall rows, a longer phases table, two more steps), projected. */
    @ParameterizedTest(name = "url-journey http=1.1 at {0}x{1} presentation={2} {3}")
    @MethodSource("http3Journey")
    void noVisibleTextIsCutOnAnyStepOfTheHttp11Journey(int width, int height, boolean presentation, Theme theme,
                                                       FxRobot robot) throws Exception {
        openVariant(robot, width, height, presentation, theme, "url-journey", "http", "1.1");
        assertThat(model.player().getTrace().steps()).as("the HTTP/1.1 journey's own steps are showing")
                .anyMatch(s -> s.title().equals("GET / HTTP/1.1"));
        assertThat(CutText.onEveryStepOfOpenLesson(model, window, "url-journey http=1.1", width, height, presentation))
                .as("text cut short at " + width + "x" + height).isEmpty();
    }

    /** A new window of that size, mode and theme, showing {@code lessonId} with {@code key} set to {@code value}. */
    private void openVariant(FxRobot robot, int width, int height, boolean presentation, Theme theme, String lessonId,
                             String key, Object value) throws Exception {
        openVariant(robot, width, height, presentation, theme, java.util.Locale.ENGLISH, lessonId, key, value);
    }

    /** As above, the window in {@code language}. */
    private void openVariant(FxRobot robot, int width, int height, boolean presentation, Theme theme,
                             java.util.Locale language, String lessonId, String key, Object value) throws Exception {
        robot.interact(() -> {
            newWindow(width, height, language);
            model.presentationProperty().set(presentation);
            model.themeProperty().set(theme);
        });
        WaitForAsyncUtils.asyncFx(() -> {
            model.openLesson(lessonId);
            return model.setParameter(key, value);
        }).get(60, TimeUnit.SECONDS);
    }

    static Stream<Arguments> congestionTcptraceLooks() {
        return Stream.of(Arguments.of(1280, 720, false, Theme.LIGHT), Arguments.of(1920, 1080, false, Theme.DARK),
                Arguments.of(1280, 720, true, Theme.DARK), Arguments.of(1280, 720, true, Theme.LIGHT));
    }

    /** The congestion lab with its tcptrace graph on (G): the toolbar with the flow choice and the graph, every step. */
    @ParameterizedTest(name = "congestion, G, at {0}x{1} presentation={2} {3}")
    @MethodSource("congestionTcptraceLooks")
    void noVisibleTextIsCutWithTheCongestionTcptraceOn(int width, int height, boolean presentation, Theme theme,
                                                      FxRobot robot) throws Exception {
        robot.interact(() -> {
            newWindow(width, height);
            model.presentationProperty().set(presentation);
            model.themeProperty().set(theme);
        });
        WaitForAsyncUtils.asyncFx(() -> model.openLesson("congestion")).get(60, TimeUnit.SECONDS);
        robot.interact(() -> window.pressViewKey(javafx.scene.input.KeyCode.G));
        assertThat(robot.lookup(".sequence-chart").tryQuery()).as("G shows the graph").isPresent();
        assertThat(CutText.onEveryStepOfOpenLesson(model, window, "congestion", width, height, false))
                .as("text cut short at " + width + "x" + height).isEmpty();
    }

    private void newWindow(int width, int height) {
        newWindow(width, height, java.util.Locale.ENGLISH);
    }

    private void newWindow(int width, int height, java.util.Locale language) {
        model = new MainViewModel(LessonRegistry.standard().catalog(), Long.MAX_VALUE);
        model.languageProperty().set(language);
        window = new MainWindow(model, LessonRegistry.standard().views());
        window.ensureParameters();
        stage.setScene(new Scene(window, width, height));
        stage.sizeToScene();
    }
}
