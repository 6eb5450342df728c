package org.wirewise.ui.lesson.latency;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import org.wirewise.model.latency.QueueCurve;
import org.wirewise.model.latency.Queueing;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * Mean queuing delay against load: the measured points, the M/D/1 and M/M/1 curves, and this
 * run's own load marked. Drawn with shapes, so the theme's stylesheet colours every part. The wait
 * axis stops a little above the highest measurement; M/M/1 leaves the top as it explodes.
 */
final class QueueChart extends Pane {

    private static final double BOTTOM = 34;
    private static final double TOP = 10;
    private static final double RIGHT = 16;
    private final Texts texts;
    private final Units units;
    private QueueCurve curve;
    private double left;

    /** @param texts the latency views' words, in the window's language */
    QueueChart(Texts texts) {
        this.texts = texts;
        this.units = new Units(texts.language());
        setId("queue-chart");
        getStyleClass().add("queue-chart");
        setMinSize(260, 190);
        setPrefSize(340, 210);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    void show(QueueCurve newCurve) {
        curve = newCurve;
        setVisible(curve != null);
        setManaged(curve != null);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        if (curve == null) {
            return;
        }
        double top = 0;
        for (QueueCurve.Point p : curve.points()) {
            top = Math.max(top, Math.max(p.measuredNanos(), p.md1Nanos()));
        }
        double yMax = top * 1.15;
        // The wait labels first: the widest one sets where the plot starts.
        List<Label> waits = new ArrayList<>();
        double left = 0;
        for (int i = 0; i <= 4; i++) {
            Label l = label(units.time(Math.round(yMax * i / 4)), 0, 0);
            waits.add(l);
            left = Math.max(left, l.getWidth() + 8);
        }
        this.left = left;
        double w = getWidth() - left - RIGHT;
        double h = getHeight() - TOP - BOTTOM;
        add(new Line(left, TOP + h, left + w, TOP + h), "axis");
        add(new Line(left, TOP, left, TOP + h), "axis");
        for (int i = 0; i <= 4; i++) {
            double load = i * 0.25;
            Label tick = label(units.percent(load, 0), 0, TOP + h + 4);
            tick.relocate(Math.min(left + load * w - tick.getWidth() / 2, getWidth() - tick.getWidth()), TOP + h + 4);
            double y = TOP + h - h * i / 4;
            add(new Line(left, y, left + w, y), "grid");
            waits.get(i).relocate(left - 6 - waits.get(i).getWidth(), y - waits.get(i).getHeight() / 2);
        }
        Polyline md1 = new Polyline();
        Polyline mm1 = new Polyline();
        for (int i = 0; i <= 95; i++) {
            double load = i / 100.0;
            md1.getPoints().addAll(x(load, w), y(Queueing.waitMd1(load, curve.serviceNanos()), yMax, h));
            mm1.getPoints().addAll(x(load, w), y(Queueing.waitMm1(load, curve.serviceNanos()), yMax, h));
        }
        add(mm1, "mm1");
        add(md1, "md1");
        for (QueueCurve.Point p : curve.points()) {
            add(new Circle(x(p.load(), w), y(p.measuredNanos(), yMax, h), 4), "measured");
        }
        if (curve.lessonLoad() > 0) {
            add(new Circle(x(curve.lessonLoad(), w), y(curve.lessonWaitNanos(), yMax, h), 7), "lesson-point");
        }
        legend();
    }

    /** The key, one entry a line at the top left of the plot, where the curves are lowest. */
    private void legend() {
        double y = TOP + 2;
        for (String[] e : List.of(new String[] {"measured", texts.get("queue.measured")}, new String[] {"md1", "— M/D/1"},
                new String[] {"mm1", "- - M/M/1"})) {
            Label l = label(e[1], left + 10, y);
            l.getStyleClass().add("legend-" + e[0]);
            y += l.getHeight();
        }
    }

    private double x(double load, double w) {
        return left + load * w;
    }

    private double y(double wait, double yMax, double h) {
        return TOP + h - Math.min(wait / yMax, 1.6) * h;
    }

    private void add(javafx.scene.shape.Shape shape, String style) {
        shape.getStyleClass().addAll("chart-shape", style);
        shape.setManaged(false);
        getChildren().add(shape);
    }

    private Label label(String text, double x, double y) {
        Label l = new Label(text);
        l.getStyleClass().add("chart-label");
        l.setManaged(false);
        getChildren().add(l);
        l.applyCss(); // its font comes from the stylesheet: the type scale and presentation mode reach it
        l.autosize();
        l.relocate(x, y);
        return l;
    }
}
