package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.text.Texts;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * View ▸ Language ▸ Español in the running app, with the mouse: the menus, the lesson list, the
 * player and the narration are in Spanish at the same step, an edit made before can still be
 * undone; English again the same way.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchWindowTest {

    private static final Locale SPANISH = Texts.LANGUAGES.get(1);

    private MainViewModel model;
    private WindowHost host;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(LessonRegistry.standard().catalog());
        host = new WindowHost(model, LessonRegistry.standard().views(), stage, 1400, 900);
        model.openLesson("bdp");
        model.setParameter("rttMs", 120.0);
        model.player().goToStep(3);
        stage.setScene(host.getScene());
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(host::dispose);
    }

    /** A node of a popup that is showing now (menus keep their hidden popups around). */
    private static Node shown(FxRobot robot, String query) {
        return robot.lookup(query).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing() && n.isVisible()).query();
    }

    /** View ▸ Language ▸ item, moving into the submenu sideways as a hand would. */
    private static void chooseLanguage(FxRobot robot, String item) {
        robot.clickOn(robot.lookup(".menu-bar .menu").nth(2).<Node>query());
        Node language = shown(robot, "#menu-language");
        robot.clickOn(language);
        javafx.geometry.Bounds b = language.localToScreen(language.getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(b.getMaxX() + 30, b.getCenterY()));
        robot.clickOn(shown(robot, item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** What the window shows, in the words of {@code language}. */
    private void expectWindowIn(FxRobot robot, Locale language) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.languageProperty().get().equals(language));
        WaitForAsyncUtils.waitForFxEvents();
        Texts app = Texts.of(MainWindow.TEXTS, language);
        Texts player = Texts.of(org.wirewise.ui.player.PlayerBar.TEXTS, language);
        assertThat(robot.lookup(".menu-bar .menu").nth(2).queryAs(javafx.scene.control.MenuButton.class).getText())
                .as("the View menu").isEqualTo(app.get("menu.view"));
        Lesson<?> bdp = model.getSetup().lesson();
        @SuppressWarnings("unchecked")
        TreeView<Object> list = robot.lookup("#lesson-sidebar").queryAs(TreeView.class);
        assertThat(list.getSelectionModel().getSelectedItem().getValue()).isSameAs(bdp);
        robot.interact(() -> list.scrollTo(list.getSelectionModel().getSelectedIndex() - 1)); // its chapter too
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".lesson-sidebar .tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .filter(c -> c.getItem() == bdp || c.getItem() == bdp.chapter()).map(javafx.scene.control.TreeCell::getText))
                .as("the lesson list").contains(bdp.title(language), bdp.chapter().displayName(language));
        assertThat(label(robot, "#player-step")).isEqualTo(player.get("step", "3",
                Integer.toString(model.player().getTrace().stepCount())));
        assertThat(label(robot, "#narration-title")).as("the narration, simulated in the language")
                .isEqualTo(model.getSetup().simulate(org.wirewise.model.sim.Progress.NONE, language).step(2).title());
        assertThat(model.player().getStepIndex()).as("the same step").isEqualTo(2);
        assertThat(model.canUndoProperty().get()).as("the edit made before can still be undone").isTrue();
    }

    @Test
    void switchingToSpanishAndBackKeepsTheStepAndTheUndoHistory(FxRobot robot) throws Exception {
        expectWindowIn(robot, Locale.ENGLISH);
        String englishTitle = label(robot, "#narration-title");

        chooseLanguage(robot, "#language-es");
        expectWindowIn(robot, SPANISH);
        assertThat(label(robot, "#narration-title")).isNotEqualTo(englishTitle);
        assertThat(model.windowLanguage().choiceProperty().get()).isEqualTo(LanguageChoice.SPANISH);

        chooseLanguage(robot, "#language-en");
        expectWindowIn(robot, Locale.ENGLISH);
        assertThat(label(robot, "#narration-title")).isEqualTo(englishTitle);

        robot.interact(model::undo);
        assertThat(model.getSetup().values().get("rttMs")).as("undo still goes back to before the edit")
                .isNotEqualTo(120.0);
    }
}
