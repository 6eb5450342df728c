package org.wirewise.ui.lesson.congestion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The charts of the view, both on one shared {@link XRange}: the metric, overlaid (every flow of
 * every run on one chart), and below it the bottleneck queue. Runs side by side are an A/B
 * comparison of the window, one lesson view per algorithm.
 */
final class ChartArea extends VBox {

    private final XRange range = new XRange();
    private final StackPane grid = new StackPane();
    private final CongestionWords words;
    private final SeriesChart queue;
    private final List<SeriesChart> upper = new ArrayList<>();
    private final Consumer<String> readout;
    private double cursor = -1;
    private boolean reveal;

    /** The queue chart's least useful height (title, axis, a readable curve), in pixels. */
    private static final double QUEUE_MIN = 140;
    /** Height below which only the main chart is shown: room for the queue and a main chart of 320 px. */
    private static final double QUEUE_ROOM = 320 + QUEUE_MIN;

    ChartArea(Consumer<String> readout, CongestionWords words) {
        this.readout = readout;
        this.words = words;
        queue = new SeriesChart(words.get("chart.queue"), range, words);
        getStyleClass().add("cc-charts");
        grid.getStyleClass().add("cc-grid");
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox.setVgrow(queue, Priority.SOMETIMES);
        grid.setPrefHeight(400);
        grid.setMinHeight(0);
        queue.setPrefHeight(170);
        queue.setMinHeight(QUEUE_MIN); // never a strip too low to draw in
        hover(queue);
        // On a short screen (presentation at 1280x720) two charts would each be too low to draw:
        // the queue chart makes way for the window chart, the one the steps are about.
        queue.visibleProperty().bind(heightProperty().greaterThan(QUEUE_ROOM));
        queue.managedProperty().bind(queue.visibleProperty());
        getChildren().addAll(grid, queue);
    }

    XRange range() {
        return range;
    }

    /** The metric charts (one: every run's flows overlaid). */
    List<SeriesChart> metricCharts() {
        return List.copyOf(upper);
    }

    SeriesChart queueChart() {
        return queue;
    }

    /**
     * Shows runs' lines over [0, xMax]. The zoom is kept if {@code shape} (what the x axis means
     * and which runs there are) is the same as last time, clamped to the new extent.
     */
    void show(List<SeriesLines.RunLines> runs, Metric metric, String unit, double xMax, Object shape) {
        range.setBounds(0, xMax, shape);
        upper.forEach(SeriesChart::dispose);
        upper.clear();
        upper.add(chart(words.get(unit.equals("s") ? "chart.metric.seconds" : "chart.metric.rounds", words.metric(metric)),
                runs.stream().flatMap(r -> r.flows().stream()).toList(), unit));
        grid.getChildren().setAll(upper);
        queue.setLines(runs.stream().map(SeriesLines.RunLines::queue).toList(), unit);
        setCursor(cursor);
    }

    private SeriesChart chart(String title, List<ChartLine> lines, String unit) {
        SeriesChart chart = new SeriesChart(title, range, words);
        chart.setReveal(reveal);
        chart.setLines(lines, unit);
        chart.setMinSize(0, 0);
        hover(chart);
        return chart;
    }

    private void hover(SeriesChart chart) {
        ChartInput.readout(chart, chart::valuesAt, readout);
    }

    /** Reveal: every chart draws its runs only up to the player's time, so the future stays hidden. */
    void setReveal(boolean on) {
        reveal = on;
        upper.forEach(c -> c.setReveal(on));
        queue.setReveal(on);
    }

    /** The player's time on every chart (negative: none). */
    void setCursor(double x) {
        cursor = x;
        upper.forEach(c -> c.setCursor(x));
        queue.setCursor(x);
    }

    void dispose() {
        upper.forEach(SeriesChart::dispose);
        queue.dispose();
    }
}
