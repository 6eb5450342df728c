package org.wirewise.ui.lesson.tcp;

import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import org.wirewise.model.tcp.PortBudget;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.ui.widget.DrawnPane;

/** Ports in use over time against the ports available, with the moment connect() starts failing. */
final class PortChart extends DrawnPane {

    private LongSeries usage;
    private PortBudget budget;

    private final org.wirewise.model.text.Texts texts;
    private final org.wirewise.model.text.Units units;

    PortChart(org.wirewise.model.text.Texts texts) {
        this.texts = texts;
        this.units = new org.wirewise.model.text.Units(texts.language());
        getStyleClass().add("port-chart");
        setId("port-chart");
        setMinHeight(180);
        setPrefHeight(260);
    }

    /** Room for the title and the failure message in two lines; the socket tables beside it take the rest. */
    @Override
    protected double computeMinWidth(double height) {
        return 17 * em();
    }

    void show(LongSeries newUsage, PortBudget newBudget) {
        usage = newUsage;
        budget = newBudget;
        invalidateDrawing();
    }

    @Override
    protected void draw() {
        if (usage == null || budget == null || usage.size() == 0) {
            return;
        }
        double em = em();
        double available = budget.available();
        double needed = budget.needed();
        double failsAt = budget.failsAtSeconds();
        double tMax = usage.time(usage.size() - 1) / 1e9;
        double yMax = Math.max(available, needed) * 1.1;
        double left = 4.5 * em;
        double right = getWidth() - em;
        double top = 2 * em;
        double bottom = getHeight() - 3.4 * em;
        label(texts.get("ports.title"), "chart-title", 0.2 * em, 0.2 * em);
        Polyline curve = new Polyline();
        for (int i = 0; i < usage.size(); i++) {
            double t = usage.time(i) / 1e9;
            double used = usage.get(i, 0);
            curve.getPoints().addAll(left + (right - left) * t / tMax, bottom - (bottom - top) * used / yMax);
        }
        curve.getStyleClass().add("chart-used");
        double ya = bottom - (bottom - top) * available / yMax;
        Line limit = new Line(left, ya, right, ya);
        limit.getStyleClass().add("chart-limit");
        Line axis = new Line(left, bottom, right, bottom);
        axis.getStyleClass().add("chart-axis");
        Line yAxis = new Line(left, top, left, bottom);
        yAxis.getStyleClass().add("chart-axis");
        getChildren().addAll(axis, yAxis, limit, curve);
        label(texts.get("ports.available", units.grouped(available, 0)), "chart-limit-label", left + 0.3 * em, ya - 1.4 * em);
        label(units.grouped(yMax / 1.1, 0), "chart-tick", 0.2 * em, top - 0.6 * em);
        label("0", "chart-tick", left - 1.2 * em, bottom - 0.6 * em);
        label(units.fixed(tMax, 0) + " s", "chart-tick", right - 2.5 * em, bottom - 1.5 * em);
        if (failsAt >= 0) {
            double x = left + (right - left) * failsAt / tMax;
            Line fail = new Line(x, top, x, bottom);
            fail.getStyleClass().add("chart-failure");
            getChildren().add(fail);
            Label l = label(texts.get("ports.fails", units.fixed(failsAt, 1)),
                    "chart-failure-label", 0, bottom + 0.3 * em);
            l.setId("port-failure");
            l.setWrapText(true); // "Cannot assign requested address" on a line of its own when the chart is narrow
            double w = Math.min(l.prefWidth(-1), getWidth() - 0.4 * em);
            l.resize(w, l.prefHeight(w));
            l.relocate(Math.max(0.2 * em, Math.min(x - w / 2, getWidth() - w - 0.2 * em)), bottom + 0.3 * em);
        } else {
            label(texts.get("ports.never"), "chart-ok-label", left + 0.3 * em, bottom + 0.3 * em).setId("port-failure");
        }
    }
}
