package org.wirewise.model.latency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.trace.Fact;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * The latency map as steps: the distance, light in fibre, the minimum round trip, a typical one,
 * an HTTPS request on a new and a reused connection, and a geostationary hop. Like a calculator its
 * steps happen at one instant; the numbers grow in a table the view shows beside the map.
 */
public final class LatencyMapExplainer {

    public static final String LESSON_ID = "latency-map";
    public static final String LANE = "route";
    public static final TableKey NUMBERS = TableKey.of("numbers");
    /** Points on the drawn great circle: smooth at any window size. */
    static final int ARC_SEGMENTS = 128;

    private final CityTable table;
    private final PathLatency path;
    private final MapNarration say;
    private final TraceBuilder trace;
    private final List<Table.Row> rows = new ArrayList<>();
    private final List<RttBarsFact.Bar> bars = new ArrayList<>();
    private final RouteFact route;

    private LatencyMapExplainer(CityTable table, LatencyMapScenario scenario, Locale language) {
        this.table = table;
        City from = city(scenario.from(), "from");
        City to = city(scenario.to(), "to");
        this.path = PathLatency.between(from, to, scenario.routeFactor());
        this.say = new MapNarration(path, language);
        this.trace = new TraceBuilder(LESSON_ID, List.of(new Lane(LANE, say.route(), say.km(path.distanceKm()))));
        this.route = new RouteFact(table.cities(), from, to, GreatCircle.arc(from, to, ARC_SEGMENTS).stream()
                .map(p -> new RouteFact.GeoPoint(p[0], p[1])).toList(), say.cities(table.cities()));
    }

    public static Trace explain(LatencyMapScenario scenario) {
        return explain(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts (and city names) in {@code language}; the numbers are the same in every language. */
    public static Trace explain(LatencyMapScenario scenario, Locale language) {
        return new LatencyMapExplainer(CityTable.STANDARD, scenario, language).run();
    }

    /** The same numbers the lesson shows, for the command line. */
    public static PathLatency path(LatencyMapScenario scenario) {
        return new LatencyMapExplainer(CityTable.STANDARD, scenario, Locale.ENGLISH).path;
    }

    private City city(String name, String key) {
        return table.find(name).orElseThrow(() -> new IllegalArgumentException(key + ": no city called \"" + name
                + "\"; closest: " + String.join(", ", table.closest(name, 3))));
    }

    private Trace run() {
        row(say.text("row.distance"), say.km(path.distanceKm()));
        step(say.distanceTitle(), say.distance(), List.of());
        row(say.text("row.fibre"), say.ms(path.oneWayMs()));
        step(say.fibreTitle(), say.fibre(), List.of("ITU-T G.652"));
        row(say.text("row.minimum"), say.ms(path.minimumRttMs()));
        bars.add(new RttBarsFact.Bar(say.text("bar.minimum"), path.minimumRttMs(), RttBarsFact.Kind.MINIMUM));
        step(say.minimumTitle(), say.minimum(), List.of());
        row(say.text("row.typical", say.factor(path.routeFactor())), say.ms(path.typicalRttMs()));
        bars.add(new RttBarsFact.Bar(say.text("bar.typical"), path.typicalRttMs(), RttBarsFact.Kind.TYPICAL));
        step(say.typicalTitle(), say.typical(), List.of());
        row(say.text("row.new"), say.ms(path.newConnectionMs()));
        row(say.text("row.reused"), say.ms(path.reusedConnectionMs()));
        bars.add(new RttBarsFact.Bar(say.text("bar.reused"), path.reusedConnectionMs(), RttBarsFact.Kind.REQUEST));
        bars.add(new RttBarsFact.Bar(say.text("bar.new"), path.newConnectionMs(), RttBarsFact.Kind.REQUEST));
        step(say.requestTitle(), say.request(), List.of("RFC 9293 §3.5", "RFC 8446 §2", "RFC 9112 §9.3"));
        Geostationary g = path.satellite();
        double satMs = g.visible() ? g.rttMs() : 2 * g.bestRttMs();
        row(say.text("row.satellite"), (g.visible() ? "" : "> ") + say.ms(satMs));
        bars.add(new RttBarsFact.Bar(say.text(g.visible() ? "bar.satellite" : "bar.twoHops"), satMs,
                RttBarsFact.Kind.SATELLITE));
        step(say.satelliteTitle(), say.satellite(), List.of());
        return trace.build();
    }

    private void row(String name, String value) {
        rows.add(new Table.Row(List.of(name, value), true));
    }

    private void step(String title, String narration, List<String> refs) {
        // Highlighted: every row this step added (new and reused arrive together).
        List<Table.Row> shown = List.copyOf(rows);
        rows.replaceAll(r -> new Table.Row(r.cells(), false));
        List<Fact> facts = List.of(route, new RttBarsFact(bars));
        NodeState node = new NodeState(LANE, say.route(), List.of(
                new Variable(say.text("variable.distance"), say.km(path.distanceKm())),
                new Variable(say.text("variable.routeFactor"), say.factor(path.routeFactor()))));
        trace.step(0, title, narration, refs, -1, new Snapshot(List.of(node), List.of(),
                List.of(new Table(NUMBERS, say.text("table.numbers"), List.of("", ""), shown)), facts));
    }
}
