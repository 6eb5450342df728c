package org.wirewise.ui.lesson.latency;

import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.wirewise.model.latency.LatencyText;
import org.wirewise.model.latency.LatencyTier;
import org.wirewise.model.latency.ScaleFact;
import org.wirewise.ui.widget.DrawnPane;

/**
 * The latency numbers on a log axis from 10 ns to 10 s: one row per figure, a bar to its time,
 * a line per power of ten. The step's row stands out; clicking a network row reports its tier.
 */
final class LogScale extends DrawnPane {

    private static final int FIRST_DECADE = 1; // 10 ns
    private static final int LAST_DECADE = 10; // 10 s

    private final Consumer<LatencyTier> onPick;
    private ScaleFact scale;

    LogScale(Consumer<LatencyTier> onPick) {
        super("scale-label");
        this.onPick = onPick;
        getStyleClass().add("log-scale");
        setId("log-scale");
    }

    void show(ScaleFact fact) {
        scale = fact;
        invalidateDrawing();
    }

    private double rowHeight() {
        return lineHeight() * 1.3;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width); // rows never overlap: the page scrolls instead
    }

    @Override
    protected double computePrefHeight(double width) {
        return rowHeight() * (LatencyTier.values().length + 1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 40 * em();
    }

    @Override
    protected void draw() {
        if (scale == null) {
            return;
        }
        double row = rowHeight();
        // The names' column is as wide as its widest name (the focused one is bold), at least 15 em.
        java.util.List<Label> names = new java.util.ArrayList<>();
        double labelWidth = 15 * em();
        for (ScaleFact.Mark m : scale.marks()) {
            Label name = new Label(m.label());
            name.getStyleClass().addAll("scale-label", m.tier() == scale.focus() ? "scale-focus-label" : "scale-name");
            getChildren().add(name);
            name.applyCss();
            name.autosize();
            names.add(name);
            labelWidth = Math.max(labelWidth, name.getWidth() + em() / 2);
        }
        double x0 = labelWidth;
        double x1 = getWidth() - em();
        double top = row;
        double bottom = top + row * LatencyTier.values().length;
        // Every decade labelled when the widest label fits between two lines, else every other one.
        Label widest = new Label(LatencyText.decade(7));
        widest.getStyleClass().addAll("scale-label", "scale-tick");
        getChildren().add(widest);
        widest.applyCss();
        widest.autosize();
        getChildren().remove(widest);
        boolean room = (x1 - x0) / (LAST_DECADE - FIRST_DECADE) > widest.getWidth() * 1.15;
        for (int d = FIRST_DECADE; d <= LAST_DECADE; d++) {
            double x = x0 + (x1 - x0) * (d - FIRST_DECADE) / (LAST_DECADE - FIRST_DECADE);
            Line grid = new Line(x, top, x, bottom);
            grid.getStyleClass().add("scale-grid");
            getChildren().add(grid);
            if (room || (d - FIRST_DECADE) % 2 == 0) {
                Label tick = new Label(LatencyText.decade(d));
                tick.getStyleClass().addAll("scale-label", "scale-tick");
                getChildren().add(tick);
                tick.applyCss();
                tick.autosize();
                tick.relocate(Math.min(x1 - tick.getWidth(), Math.max(0, x - tick.getWidth() / 2)), 0);
            }
        }
        int i = 0;
        for (ScaleFact.Mark m : scale.marks()) {
            double y = top + i * row;
            boolean focus = m.tier() == scale.focus();
            double decades = Math.log10(Math.max(m.nanos(), 1)) - FIRST_DECADE;
            double x = x0 + (x1 - x0) * Math.max(0, decades) / (LAST_DECADE - FIRST_DECADE);
            Region bar = new Region();
            bar.getStyleClass().addAll("scale-bar", m.tier().kind() == LatencyTier.Kind.NETWORK
                    ? "scale-network" : "scale-context", focus ? "scale-focus" : "scale-plain");
            bar.resizeRelocate(x0, y + row * 0.15, Math.max(2, x - x0), row * 0.7);
            Label name = names.get(i);
            Label value = new Label(m.time());
            value.getStyleClass().addAll("scale-label", "scale-value");
            getChildren().addAll(bar, value);
            name.toFront();
            value.applyCss();
            value.autosize();
            name.relocate(0, y + (row - name.getHeight()) / 2);
            double vx = x + 4 + value.getWidth() <= x1 ? x + 4 : x - 4 - value.getWidth();
            value.relocate(vx, y + (row - value.getHeight()) / 2);
            if (m.tier().kind() == LatencyTier.Kind.NETWORK) {
                for (javafx.scene.Node n : new javafx.scene.Node[] {bar, name}) {
                    n.setCursor(Cursor.HAND);
                    n.setOnMouseClicked(e -> onPick.accept(m.tier()));
                }
            }
            i++;
        }
    }
}
