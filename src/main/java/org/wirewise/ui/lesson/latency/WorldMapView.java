package org.wirewise.ui.lesson.latency;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.lesson.latency.LatencyMapLesson;
import org.wirewise.model.latency.City;
import org.wirewise.model.latency.LatencyMapExplainer;
import org.wirewise.model.latency.RouteFact;
import org.wirewise.model.latency.RttBarsFact;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.text.Texts;
import org.wirewise.ui.lesson.LessonContext;
import org.wirewise.ui.lesson.LessonView;

/**
 * The latency map: the world with its cities and the great circle between the two picked, the
 * step's numbers beside it and the round trips as bars. Clicking a city picks it as the
 * destination, Shift-clicking as the origin, through the lesson's parameters (undoable).
 */
public final class WorldMapView implements LessonView {

    private final LessonContext context;
    private final WorldMap map;
    private final Label heading = LatencyViews.label("map-heading", "latency-heading");
    private final Label hint = LatencyViews.label("map-hint", "latency-hint");
    private final NumbersTable numbers = new NumbersTable("map-numbers");
    private final RttBars bars;
    private final ScrollPane root;
    private Trace trace;

    public WorldMapView(LessonContext context) {
        this.context = context;
        Texts texts = LatencyViews.texts(context);
        map = new WorldMap(this::pick, texts);
        bars = new RttBars(texts.language());
        // The map takes the room left over; the numbers and bars keep theirs below it.
        HBox lower = new HBox(numbers, bars);
        lower.getStyleClass().add("latency-body");
        lower.setAlignment(Pos.TOP_LEFT);
        lower.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(bars, Priority.ALWAYS);
        hint.setText(context.hasParameter(LatencyMapLesson.TO)
                ? texts.get("map.hint") : "");
        root = LatencyViews.page(new VBox(heading, map, lower, hint), "world-map-view");
    }

    private void pick(City city, boolean shift) {
        context.editParameter(shift ? LatencyMapLesson.FROM : LatencyMapLesson.TO, city.name());
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
        RouteFact route = s.fact(RouteFact.class).orElseThrow();
        heading.setText(trace.lanes().get(0).title() + " · " + trace.lanes().get(0).subtitle());
        map.show(route);
        s.table(LatencyMapExplainer.NUMBERS).ifPresent(numbers::show);
        bars.show(s.fact(RttBarsFact.class).orElse(new RttBarsFact(java.util.List.of())));
    }

    @Override
    public void dispose() {
        // Nothing is attached to longer-lived objects.
    }
}
