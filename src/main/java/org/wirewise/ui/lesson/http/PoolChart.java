package org.wirewise.ui.lesson.http;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.ui.widget.DrawnPane;

/**
 * A pool's active, idle and waiting counts over time, as steps, drawn up to the moment the player
 * is at (a dashed cursor), so the queue grows and drains as the lesson plays.
 */
final class PoolChart extends DrawnPane {

    private static final String[] CLASSES = {"pool-active", "pool-idle", "pool-waiting"};
    private static final String[] KEYS = {"pool.active", "pool.idle", "pool.waiting"};
    private final Texts texts;
    private final Units units;
    private LongSeries series;
    private long now;

    PoolChart(Locale language) {
        this.texts = HttpViews.texts(language);
        this.units = new Units(texts.language());
        getStyleClass().add("pool-chart");
        setId("pool-chart");
        setMinHeight(150);
        setPrefHeight(170);
        styledAsChart(); // its series' colours are in http.css, the lesson's
    }

    void show(LongSeries newSeries, long time) {
        if (newSeries != series || time != now) {
            series = newSeries;
            now = time;
            invalidateDrawing();
        }
    }

    @Override
    protected void draw() {
        if (series == null || series.size() == 0) {
            return;
        }
        double em = em();
        long t0 = series.time(0);
        long t1 = Math.max(series.time(series.size() - 1), t0 + 1);
        long yMax = 1;
        for (int i = 0; i < series.size(); i++) {
            for (int c = 0; c < 3; c++) {
                yMax = Math.max(yMax, series.get(i, c));
            }
        }
        double left = 2.5 * em;
        double right = getWidth() - em;
        double top = 1.8 * em;
        double bottom = getHeight() - 1.6 * em;
        double xScale = (right - left) / (t1 - t0);
        double yScale = (bottom - top) / yMax;
        label(texts.get("pool.title"), "chart-title", 0.2 * em, 0);
        axes(left, top, right, bottom);
        for (int c = 0; c < 3; c++) {
            Polyline line = new Polyline();
            double previousY = bottom;
            for (int i = 0; i < series.size() && series.time(i) <= now; i++) {
                double x = left + (series.time(i) - t0) * xScale;
                double y = bottom - series.get(i, c) * yScale - c * 1.5; // the three lines stay apart where equal
                line.getPoints().addAll(x, previousY, x, y);
                previousY = y;
            }
            double end = left + (Math.min(Math.max(now, t0), t1) - t0) * xScale;
            line.getPoints().addAll(end, previousY);
            line.getStyleClass().add(CLASSES[c]);
            getChildren().add(line);
        }
        if (now >= t0 && now <= t1) {
            double x = left + (now - t0) * xScale;
            Line cursor = new Line(x, top, x, bottom);
            cursor.getStyleClass().add("pool-cursor");
            getChildren().add(cursor);
        }
        label(Long.toString(yMax), "chart-tick", 0.2 * em, top - 0.6 * em);
        label("0", "chart-tick", 0.2 * em, bottom - 0.6 * em);
        label(units.fixed((t1 - t0) / 1e9, 1) + " s", "chart-tick", right - 3 * em, bottom + 0.1 * em);
        double x = left;
        for (int c = 0; c < 3; c++) {
            Label key = key(texts.get(KEYS[c]), "pool-key-" + CLASSES[c].substring(5), CLASSES[c], x, bottom + 0.1 * em);
            x += key.getWidth() + em;
        }
    }
}
