package org.wirewise.ui.lesson.tcp;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.ui.widget.DrawnPane;
import org.wirewise.model.trace.Trace;

/**
 * Arrival and delivery side by side, one row per message: when it was sent, when it reached the
 * receiver's TCP and when the application got it. A long line between arrival and delivery is
 * time spent waiting behind a hole. Drawn from the step's {@code message-timeline} table.
 */
final class DeliveryTimeline extends DrawnPane {

    static final String TABLE = "message-timeline";
    /** The optional column holding a message's play-out deadline (tcp-vs-udp). */
    private static final int DEADLINE = 4;

    private List<Table> tables = List.of();
    private long end = 1;
    private long time;

    DeliveryTimeline() {
        getStyleClass().add("delivery-timeline");
        setId("delivery-timeline");
        setMinHeight(160);
        setPrefHeight(260);
    }

    static boolean applies(Step step) {
        return !timelines(step).isEmpty();
    }

    /** Every timeline a step carries: {@code message-timeline}, and more with that prefix. */
    private static List<Table> timelines(Step step) {
        return step.snapshot().tables().stream().filter(t -> t.id().startsWith(TABLE)).toList();
    }

    void setTrace(Trace trace) {
        end = 1;
        Step last = trace.step(trace.stepCount() - 1);
        timelines(last).forEach(t -> {
            for (Table.Row r : t.rows()) {
                for (String cell : r.cells().subList(1, Math.min(r.cells().size(), DEADLINE + 1))) {
                    if (!cell.isEmpty()) {
                        end = Math.max(end, Long.parseLong(cell));
                    }
                }
            }
        });
    }

    void show(Step step, long now) {
        tables = timelines(step);
        time = now;
        invalidateDrawing();
    }

    @Override
    protected void draw() {
        if (tables.isEmpty()) {
            return;
        }
        double em = em();
        boolean deadlines = tables.stream().anyMatch(t -> t.columns().size() > DEADLINE);
        Label legend = label(deadlines ? "● arrived  ◆ read\n| play-out deadline" : "● arrived  ◆ read", "timeline-legend");
        legend.relocate(0.5 * em, 0.4 * em);
        double top = Math.max(2.2 * em, legend.getHeight() + 0.8 * em);
        double band = (getHeight() - top) / tables.size();
        for (Table table : tables) {
            if (tables.size() > 1) {
                label(table.title(), "timeline-title").relocate(0.5 * em, top);
            }
            double rowsTop = top + (tables.size() > 1 ? 1.6 * em : 0);
            drawRows(table, em, rowsTop, top + band - 0.4 * em);
            top += band;
        }
    }

    private void drawRows(Table table, double em, double top, double bottom) {
        double left = 3.5 * em;
        double right = getWidth() - em;
        double rowHeight = Math.max(0.5 * em, Math.min(1.6 * em, (bottom - top) / table.rows().size()));
        List<Table.Row> rows = table.rows();
        boolean numberAll = rowHeight >= 1.1 * em;
        for (int i = 0; i < rows.size(); i++) {
            List<String> c = rows.get(i).cells();
            double y = top + rowHeight * (i + 0.5);
            if (numberAll || i == 0 || i == rows.size() - 1 || (i + 1) % 5 == 0) {
                Label number = label(c.get(0), "timeline-row");
                number.relocate(0.5 * em, y - number.getHeight() / 2);
            }
            long sent = parse(c.get(1));
            long arrived = parse(c.get(2));
            long delivered = parse(c.get(3));
            if (sent < 0 || sent > time) {
                continue;
            }
            double xs = x(sent, left, right);
            double dot = Math.min(0.35 * em, rowHeight * 0.35);
            long deadline = c.size() > DEADLINE ? parse(c.get(DEADLINE)) : -1;
            if (deadline >= 0) {
                double xl = x(deadline, left, right);
                add(new Line(xl, y - rowHeight * 0.45, xl, y + rowHeight * 0.45), "timeline-deadline");
            }
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
                    if (deadline >= 0 && delivered > deadline) {
                        diamond.getStyleClass().add("late"); // read after its play-out time: useless for live audio
                    }
                    diamond.resizeRelocate(xd - dot, y - dot, 2 * dot, 2 * dot);
                    diamond.setRotate(45);
                    getChildren().add(diamond);
                } else {
                    add(new Line(xa, y, x(time, left, right), y), "timeline-wait");
                }
                add(new Circle(xa, y, dot), "timeline-arrived");
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
