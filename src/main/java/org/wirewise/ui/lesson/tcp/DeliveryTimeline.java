package org.wirewise.ui.lesson.tcp;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;

/**
 * Arrival and delivery side by side, one row per message: when it was sent, when it reached the
 * receiver's TCP and when the application got it. A long line between arrival and delivery is
 * time spent waiting behind a hole. Drawn from the step's {@code message-timeline} table.
 */
final class DeliveryTimeline extends Region {

    static final String TABLE = "message-timeline";

    private final Label emProbe = new Label("M");
    private Table table;
    private long end = 1;
    private long time;

    DeliveryTimeline() {
        getStyleClass().add("delivery-timeline");
        setId("delivery-timeline");
        setMinHeight(160);
        setPrefHeight(260);
        emProbe.setVisible(false);
        emProbe.setManaged(false);
    }

    static boolean applies(Step step) {
        return step.snapshot().table(TABLE).isPresent();
    }

    void setTrace(Trace trace) {
        end = 1;
        Step last = trace.step(trace.stepCount() - 1);
        last.snapshot().table(TABLE).ifPresent(t -> {
            for (Table.Row r : t.rows()) {
                for (String cell : r.cells().subList(1, 4)) {
                    if (!cell.isEmpty()) {
                        end = Math.max(end, Long.parseLong(cell));
                    }
                }
            }
        });
    }

    void show(Step step, long now) {
        table = step.snapshot().table(TABLE).orElse(null);
        time = now;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        getChildren().setAll(emProbe);
        if (table == null || table.rows().isEmpty()) {
            return;
        }
        emProbe.applyCss();
        double em = emProbe.getFont().getSize();
        double left = 3.5 * em;
        double right = getWidth() - em;
        double top = 2.6 * em;
        double rowHeight = Math.max(0.6 * em, Math.min(1.6 * em, (getHeight() - top - em) / table.rows().size()));
        Label title = label("● arrived   ◆ read by the app", "timeline-legend");
        title.relocate(left, 0.4 * em);
        List<Table.Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            List<String> c = rows.get(i).cells();
            double y = top + rowHeight * (i + 0.5);
            label(c.get(0), "timeline-row").relocate(0.5 * em, y - 0.6 * em);
            long sent = parse(c.get(1));
            long arrived = parse(c.get(2));
            long delivered = parse(c.get(3));
            if (sent < 0 || sent > time) {
                continue;
            }
            double xs = x(sent, left, right);
            if (arrived >= 0 && arrived <= time) {
                double xa = x(arrived, left, right);
                add(new Line(xs, y, xa, y), "timeline-transit");
                if (delivered >= 0 && delivered <= time) {
                    double xd = x(delivered, left, right);
                    if (delivered > arrived) {
                        add(new Line(xa, y, xd, y), "timeline-wait");
                    }
                    Region diamond = new Region();
                    diamond.getStyleClass().add("timeline-delivered");
                    diamond.resizeRelocate(xd - 0.4 * em, y - 0.4 * em, 0.8 * em, 0.8 * em);
                    diamond.setRotate(45);
                    getChildren().add(diamond);
                } else {
                    add(new Line(xa, y, x(time, left, right), y), "timeline-wait");
                }
                add(new Circle(xa, y, 0.35 * em), "timeline-arrived");
            } else {
                add(new Line(xs, y, x(Math.min(time, end), left, right), y), "timeline-transit");
            }
        }
    }

    private static long parse(String cell) {
        return cell.isEmpty() ? -1 : Long.parseLong(cell);
    }

    private double x(long t, double left, double right) {
        return left + (right - left) * Math.min(1, t / (double) end);
    }

    private void add(javafx.scene.shape.Shape shape, String styleClass) {
        shape.getStyleClass().add(styleClass);
        getChildren().add(shape);
    }

    private Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        getChildren().add(l);
        l.applyCss();
        l.resize(l.prefWidth(-1), l.prefHeight(-1));
        return l;
    }
}
