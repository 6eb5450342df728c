package org.wirewise.ui.lesson.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.http.WaterfallRow;
import org.wirewise.testing.AppWindow;
import org.wirewise.ui.widget.WaterfallChart;

/**
 * The URL journey's layout as data: which waterfall rows are labelled, which what-if rows show, and where the
 * waterfall stands (beside the diagram in a wide window, under it otherwise), for every step.
 */
@ExtendWith(ApplicationExtension.class)
class UrlJourneyViewTest {

    private AppWindow app;

    @AfterEach
    void close(FxRobot robot) {
        if (app != null) {
            app.close(robot);
        }
    }

    private void open(FxRobot robot, double width, double height, boolean presenting) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            app = AppWindow.show(new Stage(), "url-journey", width, height);
            app.model().presentationProperty().set(presenting);
        }).get(60, TimeUnit.SECONDS);
        // the journey simulates in the background (its estimate is over the foreground limit)
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            var trace = app.model().player().getTrace();
            return trace != null && trace.lessonId().equals("url-journey");
        }).get());
    }

    /** Goes to step {@code step} (from 1) and lays the window out as the pulses after it would. */
    private Node at(int step) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            app.model().player().goToStep(step);
            for (int pass = 0; pass < 8 && (pass < 2 || app.window().isNeedsLayout()); pass++) {
                app.window().applyCss();
                app.window().layout();
            }
            return (Node) app.window();
        }).get(60, TimeUnit.SECONDS);
    }

    private int steps() {
        return app.model().player().getTrace().stepCount();
    }

    private List<String> rowsOf(int step) {
        return app.model().player().getTrace().step(step - 1).snapshot().fact(Waterfall.class).orElseThrow().rows()
                .stream().map(WaterfallRow::label).toList();
    }

    @Test
    void presentingAt1280x720EveryWaterfallRowIsLabelledAndEveryWhatIfRowShows(FxRobot robot) throws Exception {
        open(robot, 1280, 720, true);
        List<String> problems = new ArrayList<>();
        for (int step = 1; step <= steps(); step++) {
            Node window = at(step);
            WaterfallChart chart = (WaterfallChart) window.lookup("#journey-waterfall");
            if (!chart.labelledRows().equals(rowsOf(step))) {
                problems.add("step " + step + ": labelled " + chart.labelledRows() + " of " + rowsOf(step));
            }
        }
        assertThat(problems).as("waterfall rows drawn without their names").isEmpty();
        Node window = at(steps());
        Node table = window.lookup("#what-ifs");
        Node pane = table;
        while (!(pane instanceof ScrollPane)) {
            pane = pane.getParent();
        }
        Bounds viewport = pane.localToScene(pane.getLayoutBounds());
        List<String> cells = robot.from(table).lookup(".card-cell").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && !l.getText().isEmpty()).map(l -> {
                    Bounds b = l.localToScene(l.getLayoutBounds());
                    return b.getMinY() >= viewport.getMinY() - 0.5 && b.getMaxY() <= viewport.getMaxY() + 0.5 ? "" : l.getText();
                }).filter(t -> !t.isEmpty()).toList();
        assertThat(robot.from(table).lookup(".card-cell").queryAll()).as("seven what-ifs of three cells").hasSizeGreaterThan(20);
        assertThat(cells).as("what-if cells outside the visible part of their pane").isEmpty();
    }

    /** The last step's what-ifs table needs the width: there the waterfall and the table stand under the diagram. */
    @Test
    void aWideWindowPutsTheWaterfallBesideTheDiagramAndANarrowOneUnderIt(FxRobot robot) throws Exception {
        open(robot, 1920, 1080, false);
        for (int step : new int[] {1, 12, steps() - 1}) {
            Node window = at(step);
            Bounds diagram = bounds(window, "#sequence-diagram");
            Bounds chart = bounds(window, "#journey-waterfall");
            assertThat(chart.getMinX()).as("step %d at 1920x1080: the waterfall right of the diagram", step)
                    .isGreaterThanOrEqualTo(diagram.getMaxX() - 1);
            assertThat(((WaterfallChart) window.lookup("#journey-waterfall")).labelledRows()).isEqualTo(rowsOf(step));
        }
        close(robot);
        open(robot, 1280, 720, false);
        for (int step : new int[] {1, 12, steps()}) {
            Node window = at(step);
            assertThat(bounds(window, "#journey-waterfall").getMinY()).as("step %d at 1280x720: under the diagram", step)
                    .isGreaterThanOrEqualTo(bounds(window, "#sequence-diagram").getMaxY() - 1);
            assertThat(((WaterfallChart) window.lookup("#journey-waterfall")).labelledRows()).isEqualTo(rowsOf(step));
        }
    }

    @Test
    void revealNamesOnlyTheRequestsBegunByTheStepsMoment(FxRobot robot) throws Exception {
        open(robot, 1280, 720, true);
        robot.interact(() -> app.model().revealProperty().set(true));
        int firstStepWithEveryRowBegun = -1;
        for (int step = 1; step <= steps(); step++) {
            Node window = at(step);
            // Looked up on the FX thread: walking the scene from the test thread raced a layout pass there.
            List<String> labelled = WaitForAsyncUtils.asyncFx(
                    () -> ((WaterfallChart) window.lookup("#journey-waterfall")).labelledRows()).get(30, TimeUnit.SECONDS);
            assertThat(labelled).as("step %d", step).isSubsetOf(rowsOf(step));
            if (firstStepWithEveryRowBegun < 0 && labelled.equals(rowsOf(step))) {
                firstStepWithEveryRowBegun = step;
            }
            if (step == 1) {
                assertThat(labelled).as("step 1: the sub-resources not yet asked for").hasSizeLessThan(rowsOf(1).size());
            }
        }
        assertThat(firstStepWithEveryRowBegun).as("the sub-resources are asked for only once the page is in")
                .isGreaterThan(steps() / 2);
        robot.interact(() -> app.model().revealProperty().set(false));
        assertThat(((WaterfallChart) at(1).lookup("#journey-waterfall")).labelledRows()).isEqualTo(rowsOf(1));
    }

    private static Bounds bounds(Node window, String selector) {
        Node n = window.lookup(selector);
        return n.localToScene(n.getLayoutBounds());
    }
}
