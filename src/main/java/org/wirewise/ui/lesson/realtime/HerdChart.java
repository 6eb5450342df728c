package org.wirewise.ui.lesson.realtime;

import java.util.Locale;
import org.wirewise.model.text.Units;
import javafx.scene.shape.Polyline;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.ui.widget.DrawnPane;

/**
 * Reconnect attempts per 100 ms after a restart, one line per column of the series (without
 * jitter, with full jitter), over the whole time the series covers, with its key below.
 */
final class HerdChart extends DrawnPane {

    private static final String[] CLASSES = {"herd-bare", "herd-jitter"};
    private static final long MIN_SPAN = 5_000_000_000L;
    private final Units units;
    private LongSeries series;

    /** @param language the ticks' number format (the title and key come from the trace, already in it) */
    HerdChart(Locale language) {
        units = new Units(language);
        getStyleClass().add("herd-chart");
        setId("herd-chart");
        setMinHeight(150);
        setPrefHeight(180);
        styledAsChart();
        getStylesheets().add(HerdChart.class.getResource("realtime.css").toExternalForm());
    }

    void show(LongSeries newSeries) {
        if (newSeries != series) {
            series = newSeries;
            invalidateDrawing();
        }
    }

    /**
     * Where the chart ends: twice the time the jittered herd took to settle (at least {@link #MIN_SPAN}),
     * so its spread stays readable beside the bare herd's waves; never past the series.
     */
    private long span() {
        long last = series.time(0);
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i, 1) > 0) {
                last = series.time(i);
            }
        }
        return Math.min(series.time(series.size() - 1), Math.max(MIN_SPAN, 2 * last));
    }

    @Override
    protected void draw() {
        if (series == null || series.size() == 0) {
            return;
        }
        double em = em();
        long t0 = series.time(0);
        long t1 = Math.max(span(), t0 + 1);
        long yMax = 1;
        for (int i = 0; i < series.size(); i++) {
            for (int c = 0; c < CLASSES.length; c++) {
                yMax = Math.max(yMax, series.get(i, c));
            }
        }
        String top = units.grouped(yMax);
        double left = (top.length() * 0.65 + 1) * em;
        double right = getWidth() - em;
        double upper = 1.8 * em;
        double bottom = getHeight() - 1.6 * em;
        double xScale = (right - left) / (t1 - t0);
        double yScale = (bottom - upper) / yMax;
        label(series.title(), "chart-title", 0.2 * em, 0);
        axes(left, upper, right, bottom);
        for (int c = 0; c < CLASSES.length; c++) {
            Polyline line = new Polyline();
            double previous = bottom;
            for (int i = 0; i < series.size() && series.time(i) <= t1; i++) {
                double x = left + (series.time(i) - t0) * xScale;
                double y = bottom - series.get(i, c) * yScale;
                line.getPoints().addAll(x, previous, x, y);
                previous = y;
            }
            line.getPoints().addAll(right, previous);
            line.getStyleClass().add(CLASSES[c]);
            getChildren().add(line);
        }
        label(top, "chart-tick", 0.2 * em, upper - 0.6 * em);
        label("0", "chart-tick", 0.2 * em, bottom - 0.6 * em);
        String end = units.fixed((t1 - t0) / 1e9, 1) + " s";
        label(end, "chart-tick", right - (end.length() * 0.6 + 0.5) * em, bottom + 0.1 * em);
        double x = left;
        for (int c = 0; c < CLASSES.length; c++) {
            var key = key(series.columns().get(c).name(), "key-" + CLASSES[c], CLASSES[c], x, bottom + 0.1 * em);
            x += key.getWidth() + em;
        }
    }
}
