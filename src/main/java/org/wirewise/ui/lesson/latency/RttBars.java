package org.wirewise.ui.lesson.latency;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.wirewise.model.latency.LatencyUnits;
import org.wirewise.model.latency.RttBarsFact;
import org.wirewise.ui.widget.DrawnPane;

/** Times as horizontal bars on one scale, each labelled with its name and value. */
final class RttBars extends DrawnPane {

    private RttBarsFact bars;

    private final LatencyUnits units;

    RttBars(java.util.Locale language) {
        super("bar-label");
        this.units = new LatencyUnits(language);
        getStyleClass().add("rtt-bars");
        setId("rtt-bars");
    }

    void show(RttBarsFact fact) {
        bars = fact;
        invalidateDrawing();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width); // rows never overlap: the page scrolls instead
    }

    @Override
    protected double computePrefHeight(double width) {
        return rowHeight() * (bars == null ? 1 : Math.max(1, bars.bars().size()));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 18 * em();
    }

    private double rowHeight() {
        return lineHeight() * 1.25;
    }

    @Override
    protected void draw() {
        if (bars == null || bars.bars().isEmpty()) {
            return;
        }
        double row = rowHeight();
        double scale = getWidth() / bars.longestMs();
        int i = 0;
        for (RttBarsFact.Bar b : bars.bars()) {
            Region bar = new Region();
            bar.getStyleClass().addAll("rtt-bar", "rtt-" + b.kind().key());
            bar.resizeRelocate(0, i * row + row * 0.08, Math.max(2, b.ms() * scale), row * 0.84);
            Label text = new Label(b.label() + "  " + units.ms(b.ms()));
            text.getStyleClass().add("bar-label");
            getChildren().addAll(bar, text);
            text.applyCss();
            text.autosize();
            text.relocate(Math.max(0, Math.min(getWidth() - text.getWidth(), 4)), i * row + (row - text.getHeight()) / 2);
            i++;
        }
    }
}
