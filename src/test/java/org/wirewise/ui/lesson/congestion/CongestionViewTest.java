package org.wirewise.ui.lesson.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.congestion.FlowSequence;
import org.wirewise.testing.AppWindow;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.app.MainViewModel;

/** A learner opens the congestion lesson, steps to a loss, switches to the per-round sawtooth and hovers. */
@ExtendWith(ApplicationExtension.class)
class CongestionViewTest {

    private MainViewModel model;
    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "congestion");
        model = app.model();
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void stepsToALossSwitchesToRoundsAndReadsExactValues(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".cc-legend .legend-key").queryAll()).hasSize(3);
        for (int i = 0; i < 40 && !robot.lookup("#narration-title").queryAs(Label.class).getText()
                .contains("fast retransmit"); i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#narration-title").queryAs(Label.class).getText()).contains("fast retransmit");
        robot.clickOn("Per RTT round");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".cc-bar .toggle-button").queryAllAs(ToggleButton.class))
                .filteredOn(ToggleButton::isSelected).extracting(ToggleButton::getText)
                .containsExactly("Per RTT round");
        robot.moveTo((javafx.scene.Node) robot.lookup(".series-chart").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".readout").queryAs(Label.class).getText()).startsWith("rounds = ").contains("reno: ")
                .containsPattern("reno: [0-9.]+ \\((slow start|congestion avoidance|fast recovery|RTO recovery)\\)")
                .containsPattern("bbr: [0-9.]+ \\(BBR (Startup|Drain|ProbeBW|ProbeRTT)\\)");
    }

    @Test
    void withoutAPointerTheReadoutGivesTheValuesAtTheChartsMiddleAndFollowsItsKeys(FxRobot robot) {
        Node chart = robot.lookup(".series-chart").query();
        Label readout = robot.lookup(".readout").queryAs(Label.class);
        robot.interact(chart::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        String middle = readout.getText();
        assertThat(middle).as("focus alone gives a reading").startsWith("t (s) = ").contains("reno: ");
        robot.type(KeyCode.W, 2).type(KeyCode.D, 3); // zoom in, then pan later
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(readout.getText()).startsWith("t (s) = ").isNotEqualTo(middle);
        double before = Double.parseDouble(middle.substring("t (s) = ".length()).split(" ")[0]);
        double after = Double.parseDouble(readout.getText().substring("t (s) = ".length()).split(" ")[0]);
        assertThat(after).as("panned later: the middle is a later moment").isGreaterThan(before);
    }

    @Test
    void theAxisFollowsTheStepScrollZoomsTheChartsTogetherAndFitShowsTheWholeRun(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ChartArea area = robot.lookup(".cc-charts").queryAs(ChartArea.class);
        XRange.Span whole = new XRange.Span(0, 30);
        XRange.Span first = area.range().visible();
        assertThat(first.lo()).isZero();
        assertThat(first.width()).as("the first step is at the start: the axis shows its seconds, not 30").isLessThan(5);
        stepTo(robot, "fast retransmit");
        XRange.Span atLoss = area.range().visible();
        assertThat(atLoss.width()).as("the axis followed the step").isGreaterThan(first.width()).isLessThan(30);
        assertThat(atLoss.contains(model.player().timeProperty().get() / 1e9)).isTrue();
        assertThat(robot.lookup("Fit").queryButton().isDisabled()).as("a part of the run: Fit shows all").isFalse();
        robot.moveTo(area.metricCharts().get(0));
        // Monocle's robot reports each step as a wheel delta of 1 (a desktop mouse notch is about 40), in
        // the direction a wheel turned away from the user gives on GTK: zoom in.
        robot.scroll(150, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        XRange.Span zoomed = area.range().visible();
        assertThat(zoomed.width()).as("zoomed in around the pointer").isLessThan(atLoss.width() / 2);
        assertThat(zoomed.contains((atLoss.lo() + atLoss.hi()) / 2)).as("the pointer was at the middle of the chart").isTrue();
        robot.moveTo(area.queueChart());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".readout").queryAs(Label.class).getText()).as("the queue chart shows the same range")
                .matches(t -> {
                    double x = Double.parseDouble(t.replaceAll("^t \\(s\\) = ([0-9.]+).*", "$1"));
                    return zoomed.contains(x);
                });
        robot.clickOn("Fit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.range().visible()).isEqualTo(whole);
        // Keys on a focused chart: W zooms, the player's Right still steps, 0 fits.
        robot.clickOn(area.metricCharts().get(0));
        String before = robot.lookup("#narration-title").queryAs(Label.class).getText();
        robot.type(KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        XRange.Span keyed = area.range().visible();
        assertThat(keyed.width()).isLessThan(30);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#narration-title").queryAs(Label.class).getText()).isNotEqualTo(before);
        assertThat(area.range().visible().width()).as("stepping keeps the user's zoom").isEqualTo(keyed.width());
        robot.type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.range().visible()).isEqualTo(whole);
    }

    /** A teacher presses G, picks CUBIC's flow, reveals and steps: the graph is CUBIC's, up to the player's time. */
    @Test
    void gShowsTheChosenFlowsGraphUpToThePlayersTime(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        SequencePane pane = robot.lookup(".cc-sequence").queryAs(SequencePane.class);
        assertThat(pane.getScene()).as("G shows the tcptrace graph").isNotNull();
        assertThat(robot.lookup(".cc-charts").tryQuery()).as("in the charts' place").isEmpty();
        assertThat(robot.lookup("tcptrace (G)").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(pane.flowNames()).containsExactly("reno flow 1", "cubic flow 1", "bbr flow 1");
        robot.interact(() -> pane.select(1));
        robot.moveTo(pane.chart());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".readout").queryAs(Label.class).getText()).as("hovering reads the graph")
                .matches("t \\(s\\) = [0-9.]+   ACK [0-9,]+ B   ACK \\+ cwnd [0-9,]+ B.*");
        robot.type(KeyCode.R); // reveal
        robot.type(KeyCode.RIGHT);
        for (int i = 0; i < 40 && !robot.lookup("#narration-title").queryAs(Label.class).getText()
                .toLowerCase(java.util.Locale.ROOT).contains("cubic"); i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> { });
        assertThat(model.revealProperty().get()).isTrue();
        SequenceChart chart = pane.chart();
        assertThat(chart.title()).startsWith("tcptrace: cubic flow 1");
        FlowSequence cubic = CongestionSimulator.runOf(model.player().getTrace()).results().get(1).sequences().get(0);
        SequenceColumns shown = chart.shown();
        long now = model.player().timeProperty().get();
        assertThat(now).isPositive();
        // CUBIC's segments up to the player's time, and none after it, are what the chart drew.
        XRange.Span view = chart.range().visible();
        long from = Math.round(view.lo() * 1e9);
        assertThat(shown.segments).isEqualTo(cubic.firstSendFrom(now + 1) - cubic.firstSendFrom(from)).isPositive();
        int last = cubic.firstSendFrom(now + 1) - 1;
        int column = shown.column(cubic.sendTime(last));
        assertThat(shown.hasData(column) || shown.hasResent(column)).isTrue();
        for (int i = shown.column(now) + 1; i < shown.columns; i++) {
            assertThat(shown.hasData(i) || shown.hasResent(i)).as("column %d is after the player's time", i).isFalse();
        }
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".cc-charts").tryQuery()).as("G again: the charts are back").isPresent();
    }

    private static void stepTo(FxRobot robot, String title) {
        for (int i = 0; i < 40 && !robot.lookup("#narration-title").queryAs(Label.class).getText().contains(title); i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#narration-title").queryAs(Label.class).getText()).contains(title);
    }

    @Test
    void theZoomSurvivesALongerRunAndResetsWhenTheAlgorithmsChange(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ChartArea area = robot.lookup(".cc-charts").queryAs(ChartArea.class);
        robot.clickOn(area.metricCharts().get(0));
        robot.type(KeyCode.W, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        XRange.Span zoomed = area.range().visible();
        assertThat(zoomed.width()).isLessThan(30);
        robot.interact(() -> model.setParameterText("durationS", "40"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> area.range().max() == 40);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.range().visible()).as("same runs, longer: the same window").isEqualTo(zoomed);
        robot.interact(() -> model.setParameterText("algorithms", "reno,bbr"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".cc-legend .legend-key").queryAll().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.range().isHeld()).as("other runs: the user's window is given back").isFalse();
        assertThat(area.range().visible().contains(model.player().timeProperty().get() / 1e9))
                .as("and the axis follows the step again").isTrue();
    }

    @Test
    void exportPngWritesTheChartsAsShown(FxRobot robot, @TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node charts = robot.lookup(".cc-chart-box").query();
        Path file = dir.resolve("chart.png");
        Files.writeString(file, "an older file");
        robot.interact(() -> {
            try {
                ChartImage.write(charts, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("a PNG replaced the older file").isNotNull();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(charts.getLayoutBounds().getWidth()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(charts.getLayoutBounds().getHeight()));
        try (var listing = Files.list(dir)) {
            assertThat(listing).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void sideBySideIsAnABComparisonOfTheFirstTwoAlgorithmsOnOnePlayer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ChartArea area = robot.lookup(".cc-charts").queryAs(ChartArea.class);
        assertThat(area.metricCharts()).as("the runs overlaid").hasSize(1);
        assertThat(area.metricCharts().get(0).lines()).hasSize(3);
        Trace threeRuns = model.player().getTrace();

        robot.clickOn("Side by side (A/B)");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.compare().isActive() && !model.simulatingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#compare-header-a").queryAs(Label.class).getText()).isEqualTo("A · Algorithms reno");
        assertThat(robot.lookup("#compare-header-b").queryAs(Label.class).getText()).isEqualTo("B · Algorithms cubic");
        // Each algorithm alone on the same path and seed: the curves the overlay drew for reno and cubic.
        assertThat(CongestionSimulator.runOf(model.player().getTrace()).results().get(0).flows())
                .isEqualTo(CongestionSimulator.runOf(threeRuns).results().get(0).flows());
        assertThat(CongestionSimulator.runOf(model.compare().playerB().getTrace()).results().get(0).flows())
                .isEqualTo(CongestionSimulator.runOf(threeRuns).results().get(1).flows());
        assertThat(robot.lookup(".cc-bar .button").queryAllAs(javafx.scene.control.Button.class))
                .filteredOn(b -> b.getText().equals("Side by side (A/B)")).as("one run a side: nothing left to split")
                .hasSize(2).allSatisfy(b -> assertThat(b.isVisible()).isFalse());

        // Each side's steps are its own losses: B follows A's simulated time, as the charts' shared axis did.
        robot.clickOn("#player-next").clickOn("#player-next").clickOn("#player-next");
        WaitForAsyncUtils.waitForFxEvents();
        long timeA = model.player().timeProperty().get();
        assertThat(timeA).isGreaterThan(0);
        assertThat(model.compare().playerB().timeProperty().get()).isCloseTo(timeA, org.assertj.core.data.Offset.offset(1000L));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.simulatingProperty().get()
                && "reno,cubic,bbr".equals(model.getSetup().values().get("algorithms")));
    }

    @Test
    void aParameterChangeOrAnUndoClearsTheHoverReadoutOfTheOldRun(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo((javafx.scene.Node) robot.lookup(".series-chart").query());
        WaitForAsyncUtils.waitForFxEvents();
        Label readout = robot.lookup(".readout").queryAs(Label.class);
        assertThat(readout.getText()).contains("reno: ");
        robot.interact(() -> model.setParameter("algorithms", "cubic"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(readout.getText()).as("no reno value once reno is gone").doesNotContain("reno: ");
        robot.moveTo((javafx.scene.Node) robot.lookup(".series-chart").query()).moveBy(5, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(readout.getText()).contains("cubic: ");
        robot.interact(model::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(readout.getText()).as("after Ctrl+Z the old values are not shown as the new run's")
                .doesNotContain("cubic: ");
    }
}
