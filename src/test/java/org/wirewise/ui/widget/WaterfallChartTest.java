package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.model.http.ConnectionSetup;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.http.Waterfall;

/** The chart at a small size: rows from 2 to 101 fit, labels never overlap, every row has its tooltip. */
@ExtendWith(ApplicationExtension.class)
class WaterfallChartTest {

    private static final long MS = 1_000_000L;
    private WaterfallChart chart;

    @Start
    void start(Stage stage) {
        chart = new WaterfallChart();
        chart.setMaxSize(560, 420);
        stage.setScene(new Scene(new StackPane(chart), 600, 460));
        stage.sizeToScene(); // TestFX reuses one stage: an earlier test's size would otherwise stay (330 px tall in CI)
        stage.show();
    }

    private static Waterfall page(int requests) {
        List<RequestTiming> timings = new ArrayList<>();
        timings.add(new RequestTiming(0, "/", 0, 200 * MS, 300 * MS, 350 * MS, 1,
                ConnectionSetup.connect(0, 100 * MS).withTls(100 * MS, 200 * MS)));
        for (int i = 1; i < requests; i++) {
            long q = 350 * MS;
            timings.add(new RequestTiming(i, "/a/" + i + ".js", q, q + i * MS, q + 100 * MS + i * MS, q + 120 * MS + 3 * i * MS, 1 + i % 6));
        }
        return Waterfall.of("HTTP/1.1", timings);
    }

    private List<Label> shown(FxRobot robot, Waterfall w, String styleClass) throws Exception {
        robot.interact(() -> chart.show(w, 0, 400 * MS));
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> chart.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label l && l.isVisible() && l.getStyleClass().contains(styleClass))
                .map(n -> (Label) n).toList()).get();
    }

    @Test
    void twoRowsAreBothLabelledAndInside(FxRobot robot) throws Exception {
        List<Label> labels = shown(robot, page(2), "waterfall-label");
        assertThat(labels).extracting(Label::getText).contains("/", "/a/1.js");
        assertInsideWithoutOverlap(labels);
    }

    @Test
    void aHundredAndOneRowsFitWithLabelsThatDoNotOverlapAndEachRowHasItsTooltip(FxRobot robot) throws Exception {
        List<Label> labels = shown(robot, page(101), "waterfall-label");
        assertThat(labels.size()).isBetween(8, 101);
        assertInsideWithoutOverlap(labels);
        List<Rectangle> rows = WaitForAsyncUtils.asyncFx(() -> chart.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("waterfall-row-hover")).map(n -> (Rectangle) n).toList()).get();
        assertThat(rows).hasSize(101);
        assertThat(rows.get(100).getBoundsInParent().getMaxY()).isLessThanOrEqualTo(chart.getHeight());
        String tip = WaitForAsyncUtils.asyncFx(() -> ((Tooltip) rows.get(0).getProperties().values().stream()
                .filter(v -> v instanceof Tooltip).findFirst().orElseThrow()).getText()).get();
        assertThat(tip).contains("Initial connection: 100.0 ms", "SSL/TLS: 100.0 ms", "Waiting (TTFB): 100.0 ms",
                "Content download: 50.0 ms", "Total: 350.0 ms");
    }

    /** The lab's shape: three loads of the same page one under the other, the second marked, on one axis. */
    @Test
    void threeGroupsShareTheHeightEachUnderItsTitleTheMarkedOneNamedSo(FxRobot robot) throws Exception {
        List<Waterfall> groups = List.of(page(11), page(11), page(11));
        robot.interact(() -> chart.show(groups, 1, 0, 400 * MS));
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> titles = WaitForAsyncUtils.asyncFx(() -> chart.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label l && (l.getStyleClass().contains("chart-title")
                        || l.getStyleClass().contains("waterfall-group-focus"))).map(n -> (Label) n).toList()).get();
        assertThat(titles).extracting(Label::getText).containsExactly("HTTP/1.1", "\u25B6 HTTP/1.1", "HTTP/1.1");
        List<Rectangle> rows = WaitForAsyncUtils.asyncFx(() -> chart.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("waterfall-row-hover")).map(n -> (Rectangle) n).toList()).get();
        assertThat(rows).hasSize(33);
        double titleBottom = WaitForAsyncUtils.asyncFx(() -> titles.get(1).getBoundsInParent().getMaxY()).get();
        assertThat(rows.get(11).getY()).as("the second group's rows start under its title").isGreaterThanOrEqualTo(titleBottom - 0.5);
        assertThat(rows.get(32).getY() + rows.get(32).getHeight()).isLessThanOrEqualTo(chart.getHeight());
        List<Label> labels = WaitForAsyncUtils.asyncFx(() -> chart.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label).map(n -> (Label) n).filter(Label::isVisible).toList()).get();
        assertInsideWithoutOverlap(labels.stream().filter(l -> !l.getStyleClass().contains("chart-tick")
                && !l.getStyleClass().contains("waterfall-legend")).toList());
    }

    /** Whether two boxes share more than an edge (JavaFX's intersects counts touching). */
    private static boolean overlap(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5
                && a.getMinY() < b.getMaxY() - 0.5 && b.getMinY() < a.getMaxY() - 0.5;
    }

    private void assertInsideWithoutOverlap(List<Label> labels) throws Exception {
        List<Bounds> bounds = WaitForAsyncUtils.asyncFx(() -> labels.stream().map(Node::getBoundsInParent).toList()).get();
        double width = WaitForAsyncUtils.asyncFx(chart::getWidth).get();
        double height = WaitForAsyncUtils.asyncFx(chart::getHeight).get();
        for (int i = 0; i < bounds.size(); i++) {
            Bounds b = bounds.get(i);
            assertThat(b.getMinY()).as(labels.get(i).getText()).isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxY()).as(labels.get(i).getText()).isLessThanOrEqualTo(height);
            assertThat(b.getMaxX()).as(labels.get(i).getText()).isLessThanOrEqualTo(width);
            for (int j = 0; j < i; j++) {
                assertThat(overlap(b, bounds.get(j))).as(labels.get(i).getText() + " over " + labels.get(j).getText()).isFalse();
            }
        }
    }
}
