package org.wirewise.ui.lesson.latency;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.latency.BudgetFact;
import org.wirewise.model.latency.LatencyBudgetExplainer;
import org.wirewise.model.latency.PageLoad;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonContext;
import org.wirewise.ui.lesson.LessonView;

/** The latency budget: before and after as stacked bars with a legend, and the parts in a table. */
public final class BudgetView implements LessonView {

    private final Label heading = LatencyViews.label("budget-heading", "latency-heading");
    private final StackedBars bars;
    private final NumbersTable parts = new NumbersTable("budget-parts");
    private final ScrollPane root;
    private Trace trace;

    public BudgetView(LessonContext context) {
        bars = new StackedBars(LatencyViews.texts(context));
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("budget-legend");
        for (PageLoad.Part p : PageLoad.Part.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", StackedBars.style(p));
            Label l = new Label(bars.name(p), swatch);
            l.getStyleClass().add("legend-label");
            legend.getChildren().add(l);
        }
        root = LatencyViews.page(new VBox(heading, legend, bars, parts), "budget-view");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
    }

    @Override
    public void show(int stepIndex, long time) {
        Snapshot s = trace.step(stepIndex).snapshot();
        BudgetFact fact = s.fact(BudgetFact.class).orElseThrow();
        heading.setText(fact.bars().get(fact.bars().size() - 1).label());
        bars.show(fact);
        s.table(LatencyBudgetExplainer.PARTS).ifPresent(parts::show);
    }

    @Override
    public void dispose() {
        // Nothing is attached to longer-lived objects.
    }
}
