package org.wirewise.ui.lesson.latency;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.wirewise.model.latency.BudgetFact;
import org.wirewise.model.latency.LatencyUnits;
import org.wirewise.model.latency.PageLoad;
import org.wirewise.model.text.Texts;
import org.wirewise.ui.widget.DrawnPane;

/**
 * A page's time as stacked horizontal bars on one scale: each part in its colour (the legend
 * names them), the bar's label above it and its total at its end.
 */
final class StackedBars extends DrawnPane {

    private final Texts texts;
    private final LatencyUnits units;
    private BudgetFact budget;

    /** @param texts the latency views' words, in the window's language */
    StackedBars(Texts texts) {
        super("stack-label");
        this.texts = texts;
        this.units = new LatencyUnits(texts.language());
        getStyleClass().add("stacked-bars");
        setId("stacked-bars");
    }

    void show(BudgetFact fact) {
        budget = fact;
        invalidateDrawing();
    }

    /** A part's style class: "part-tcp". */
    static String style(PageLoad.Part part) {
        return "part-" + part.name().toLowerCase(Locale.ROOT);
    }

    /** A part's name in the window's language, as the legend and tooltips show it. */
    String name(PageLoad.Part part) {
        return texts.get("part." + part.name());
    }

    private double rowHeight() {
        return lineHeight() * 2.6;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width); // rows never overlap: the page scrolls instead
    }

    @Override
    protected double computePrefHeight(double width) {
        return rowHeight() * (budget == null ? 2 : budget.bars().size());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 36 * em();
    }

    @Override
    protected void draw() {
        if (budget == null || budget.longestMs() <= 0) {
            return;
        }
        double row = rowHeight();
        double line = lineHeight();
        Label probeTotal = new Label(units.ms(budget.longestMs()));
        probeTotal.getStyleClass().addAll("stack-label", "stack-total");
        getChildren().add(probeTotal);
        probeTotal.applyCss();
        probeTotal.autosize();
        getChildren().remove(probeTotal);
        double scale = (getWidth() - probeTotal.getWidth() - em()) / budget.longestMs();
        int i = 0;
        for (BudgetFact.Bar b : budget.bars()) {
            double y = i * row;
            Label name = new Label(b.label());
            name.getStyleClass().addAll("stack-label", "stack-name");
            getChildren().add(name);
            name.applyCss();
            name.autosize();
            name.relocate(0, y);
            double x = 0;
            for (PageLoad.Segment s : b.parts()) {
                if (s.ms() <= 0) {
                    continue;
                }
                Region part = new Region();
                part.getStyleClass().addAll("stack-part", style(s.part()));
                part.resizeRelocate(x, y + line, Math.max(1, s.ms() * scale), row - line * 1.35);
                Tooltip.install(part, new Tooltip(texts.get("budget.tip", name(s.part()), units.ms(s.ms()))));
                getChildren().add(part);
                x += s.ms() * scale;
            }
            Label total = new Label(units.ms(b.totalMs()));
            total.getStyleClass().addAll("stack-label", "stack-total");
            getChildren().add(total);
            total.applyCss();
            total.autosize();
            total.relocate(x + em() * 0.4, y + line + (row - line * 1.35 - total.getHeight()) / 2);
            i++;
        }
    }
}
