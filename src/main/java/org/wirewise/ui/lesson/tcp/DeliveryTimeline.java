package org.wirewise.ui.lesson.tcp;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.wirewise.model.trace.Step;
import org.wirewise.model.tcp.MessageTimeline;
import org.wirewise.ui.widget.DrawnPane;
import org.wirewise.model.trace.Trace;

/**
 * Arrival and delivery side by side, one row per message: when it was sent, when it reached the
 * receiver's TCP and when the application got it. A long line between arrival and delivery is
 * time spent waiting behind a hole. Drawn from the step's {@link MessageTimeline}s.
 */
final class DeliveryTimeline extends DrawnPane {

    private List<MessageTimeline> tables = List.of();
    private long end = 1;
    private long time;

    private final org.wirewise.model.text.Texts texts;

    DeliveryTimeline(org.wirewise.model.text.Texts texts) {
        this.texts = texts;
        getStyleClass().add("delivery-timeline");
        setId("delivery-timeline");
        setMinHeight(160);
        setPrefHeight(260);
    }

    static boolean applies(Step step) {
        return !timelines(step).isEmpty();
    }

    /** Every timeline a step carries (one per stream compared). */
    private static List<MessageTimeline> timelines(Step step) {
        return step.snapshot().facts(MessageTimeline.class);
    }

    void setTrace(Trace trace) {
        end = 1;
        Step last = trace.step(trace.stepCount() - 1);
        timelines(last).forEach(t -> end = Math.max(end, t.latest()));
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
        boolean deadlines = tables.stream().flatMap(t -> t.messages().stream())
                .anyMatch(m -> m.deadline() != MessageTimeline.NOT_YET);
        Label legend = label(texts.get(deadlines ? "timeline.legendDeadline" : "timeline.legend"), "timeline-legend");
        double room = getWidth() - em;
        if (legend.getWidth() > room && room > 0) { // a narrow pane (a longer language): wrap between words
            legend.setWrapText(true);
            legend.resize(room, legend.prefHeight(room));
        }
        legend.relocate(0.5 * em, 0.4 * em);
        double top = Math.max(2.2 * em, legend.getHeight() + 0.8 * em);
        double band = (getHeight() - top) / tables.size();
        for (MessageTimeline table : tables) {
            if (tables.size() > 1) {
                label(table.title(), "timeline-title").relocate(0.5 * em, top);
            }
            double rowsTop = top + (tables.size() > 1 ? 1.6 * em : 0);
            drawRows(table, em, rowsTop, top + band - 0.4 * em);
            top += band;
        }
    }

    private void drawRows(MessageTimeline table, double em, double top, double bottom) {
        double left = 3.5 * em;
        double right = getWidth() - em;
        List<MessageTimeline.Message> rows = table.messages();
        double rowHeight = Math.max(0.5 * em, Math.min(1.6 * em, (bottom - top) / rows.size()));
        boolean numberAll = rowHeight >= 1.1 * em;
        for (int i = 0; i < rows.size(); i++) {
            MessageTimeline.Message m = rows.get(i);
            double y = top + rowHeight * (i + 0.5);
            if (numberAll || i == 0 || i == rows.size() - 1 || (i + 1) % 5 == 0) {
                Label number = label(Integer.toString(m.number()), "timeline-row");
                number.relocate(0.5 * em, y - number.getHeight() / 2);
            }
            long sent = m.sent();
            long arrived = m.arrived();
            long delivered = m.delivered();
            if (sent < 0 || sent > time) {
                continue;
            }
            double xs = x(sent, left, right);
            double dot = Math.min(0.35 * em, rowHeight * 0.35);
            long deadline = m.deadline();
            if (deadline != MessageTimeline.NOT_YET) {
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
                    if (deadline != MessageTimeline.NOT_YET && delivered > deadline) {
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
