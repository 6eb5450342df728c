package org.wirewise.ui.lesson.latency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.wirewise.model.latency.DelayBreakdown;
import org.wirewise.model.latency.LatencyComponentsSimulator;
import org.wirewise.model.latency.QueueCurve;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.ui.lesson.LessonContext;
import org.wirewise.ui.lesson.stack.TableCard;

/**
 * The latency-components lesson: the packet's path as a sequence diagram (the step's delay drawn
 * as a measured span beside the lane where it happens), under it the stacked bar of the four delays
 * so far, the table they come from, and, on the steps that have them, the queue-against-load chart
 * and the transmission examples.
 */
public final class LatencyComponentsView extends DiagramLessonView {

    private final StackedBar bar = new StackedBar("delay-bar");
    private final Texts texts;
    private final Units units;
    private final QueueChart chart;
    private final TableCard delays = new TableCard("delays", 0);
    private final TableCard queue = new TableCard("queue", 0);
    private final TableCard examples = new TableCard("transmission-examples", 0);

    public LatencyComponentsView(LessonContext context) {
        texts = LatencyViews.texts(context);
        units = new Units(texts.language());
        chart = new QueueChart(texts);
        // The chart takes what its table leaves of the width, so the two stay side by side at 1280 pixels.
        HBox chartRow = new HBox(chart, queue);
        chartRow.getStyleClass().add("chart-row");
        HBox.setHgrow(chart, Priority.ALWAYS);
        chartRow.managedProperty().bind(chart.managedProperty());
        chartRow.visibleProperty().bind(chart.visibleProperty());
        FlowPane cards = new FlowPane(examples, delays);
        cards.getStyleClass().add("cards");
        build(bar, chartRow, cards);
    }

    @Override
    protected void showStep(Snapshot snapshot) {
        QueueCurve curve = snapshot.fact(QueueCurve.class).orElse(null);
        chart.show(curve);
        showDelays(snapshot.fact(DelayBreakdown.class).orElseThrow());
        // The queue chart is about every packet, not this one: it takes the bar's room too.
        bar.setVisible(curve == null);
        bar.setManaged(curve == null);
        Table queueTable = snapshot.table(LatencyComponentsSimulator.QUEUE).orElse(null);
        Table examplesTable = snapshot.table(LatencyComponentsSimulator.EXAMPLES).orElse(null);
        queue.show(queueTable);
        examples.show(examplesTable);
        // The steps that step back from the packet give their chart or examples the room; the bar keeps the sum.
        delays.show(queueTable == null && examplesTable == null
                ? snapshot.table(LatencyComponentsSimulator.DELAYS).orElse(null) : null);
    }

    /** The four kinds of delay as one bar, each coloured as the chart and legend colour it. */
    private void showDelays(DelayBreakdown delays) {
        List<StackedBar.Entry> entries = new ArrayList<>();
        for (DelayBreakdown.Kind kind : DelayBreakdown.Kind.values()) {
            long nanos = delays.total(kind);
            entries.add(new StackedBar.Entry(texts.get("kind." + kind.name(), units.time(nanos)),
                    "kind-" + kind.name().toLowerCase(Locale.ROOT), nanos));
        }
        bar.show(texts.get("components.bar", units.time(delays.total())), entries);
    }
}
