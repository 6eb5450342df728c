package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * The Spanish window takes Spanish input: a decimal typed with a comma in the parameter panel is
 * applied and shown back with a comma, a unit reads in Spanish after its parameter's name, and
 * the menus name the Shift key as a Spanish keyboard does.
 */
@ExtendWith(ApplicationExtension.class)
class SpanishInputWindowTest {

    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(LessonRegistry.standard().catalog(), Long.MAX_VALUE);
        window = SpanishWindowTest.showSpanish(stage, model);
        model.openLesson("ports-sockets");
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::dispose);
    }

    @Test
    void aDecimalCommaIsAppliedAndShownBack(FxRobot robot) {
        TextField rate = robot.lookup("#parameter-connectionsPerSecond").queryAs(TextField.class);
        robot.doubleClickOn(rate).eraseText(12).write("12,5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSetup().values().get("connectionsPerSecond")).isEqualTo(12.5);
        assertThat(rate.getText()).isEqualTo("12,5");
        assertThat(robot.lookup("#parameter-problem").queryAs(Label.class).getText()).isEmpty();
        robot.doubleClickOn(rate).eraseText(12).write("0,05").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#parameter-problem").queryAs(Label.class).getText())
                .as("the refusal quotes what was typed and writes the limit with a comma")
                .contains("\"0,05\"").contains("de 0,1 a");
        assertThat(model.getSetup().values().get("connectionsPerSecond")).isEqualTo(12.5);
    }

    @Test
    void aUnitReadsInSpanishAfterItsParametersName(FxRobot robot) {
        Node field = robot.lookup("#parameter-connectionsPerSecond").query();
        Label name = robot.lookup(".parameter-name").match(n -> ((Label) n).getLabelFor() == field).queryAs(Label.class);
        assertThat(name.getText()).endsWith("(por s)");
    }

    @Test
    void theMenusNameShiftAsASpanishKeyboardDoes() {
        MenuBar bar = (MenuBar) window.getTop();
        MenuItem redo = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-redo".equals(i.getId())).findFirst().orElseThrow();
        assertThat(redo.getAccelerator().getDisplayText()).contains("Mayús").doesNotContain("Shift");
        Menu file = bar.getMenus().get(0);
        assertThat(file.getItems().stream().map(MenuItem::getAccelerator).filter(a -> a != null)
                .map(a -> a.getDisplayText())).anyMatch(t -> t.contains("Mayús")).noneMatch(t -> t.contains("Shift"));
    }
}
