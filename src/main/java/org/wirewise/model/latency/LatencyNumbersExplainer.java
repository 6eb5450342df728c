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
 * The latency numbers as steps: memory and disk for scale, then each network tier from the rack to
 * a satellite with what it means for a design, then a chatty service's calls added up.
 */
public final class LatencyNumbersExplainer {

    public static final String LESSON_ID = "latency-numbers";
    public static final String LANE = "numbers";
    public static final TableKey NUMBERS = TableKey.of("latency-numbers");

    private final ChattyService chatty;
    private final NumbersNarration say;
    private final TraceBuilder trace;
    private final List<ScaleFact.Mark> marks = new ArrayList<>();
    private final List<Table.Row> rows = new ArrayList<>();
    /** The tier of each row of {@link #rows}, in order: what the chatty step highlights. */
    private final List<LatencyTier> rowTiers = new ArrayList<>();

    private LatencyNumbersExplainer(LatencyNumbersScenario scenario, Locale language) {
        this.say = new NumbersNarration(language);
        this.trace = new TraceBuilder(LESSON_ID, List.of(new Lane(LANE, say.text("lane.title"),
                say.text("lane.subtitle"))));
        LatencyTier tier = LatencyTier.of(scenario.tier()).filter(t -> t.kind() == LatencyTier.Kind.NETWORK)
                .orElseThrow(() -> new IllegalArgumentException("tier: expected one of "
                        + String.join(", ", LatencyTier.networkKeys()) + ", got " + scenario.tier()));
        if (scenario.calls() < 1) {
            throw new IllegalArgumentException("calls: expected at least 1, got " + scenario.calls());
        }
        this.chatty = new ChattyService(scenario.calls(), tier);
    }

    public static Trace explain(LatencyNumbersScenario scenario) {
        return explain(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the numbers are the same in every language. */
    public static Trace explain(LatencyNumbersScenario scenario, Locale language) {
        return new LatencyNumbersExplainer(scenario, language).run();
    }

    private Trace run() {
        add(LatencyTier.MEMORY);
        add(LatencyTier.SSD);
        add(LatencyTier.DISK);
        step(say.contextTitle(), say.context(), LatencyTier.DISK, List.of());
        for (LatencyTier t : LatencyTier.values()) {
            if (t.kind() == LatencyTier.Kind.NETWORK) {
                add(t);
                step(say.title(t), say.tier(t), t, List.of());
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.set(i, new Table.Row(rows.get(i).cells(), rowTiers.get(i) == chatty.tier()));
        }
        step(say.chattyTitle(chatty), say.chatty(chatty), chatty.tier(), List.of(chatty, chattyBars()));
        return trace.build();
    }

    /** The chatty service's calls one after another, in parallel and kept nearby, on one scale. */
    private RttBarsFact chattyBars() {
        return new RttBarsFact(List.of(
                new RttBarsFact.Bar(say.text("bar.sequence", Long.toString(chatty.calls())), chatty.sequentialNanos() / 1e6,
                        RttBarsFact.Kind.SATELLITE),
                new RttBarsFact.Bar(say.text("bar.parallel"), chatty.parallelNanos() / 1e6, RttBarsFact.Kind.TYPICAL),
                new RttBarsFact.Bar(say.text("bar.nearby", Long.toString(chatty.calls())), chatty.nearbyNanos() / 1e6,
                        RttBarsFact.Kind.MINIMUM)));
    }

    private void add(LatencyTier t) {
        marks.add(new ScaleFact.Mark(t, t.nanos(), say.label(t), say.duration(t.nanos()), say.source(t),
                say.consequence(t)));
        rows.add(new Table.Row(List.of(say.label(t), say.duration(t.nanos()), say.source(t)), true));
        rowTiers.add(t);
    }

    private void step(String title, String narration, LatencyTier focus, List<Fact> more) {
        List<Fact> facts = new ArrayList<>(List.of(new ScaleFact(marks, focus)));
        facts.addAll(more);
        NodeState node = new NodeState(LANE, say.label(focus), List.of(
                new Variable(say.text("variable.roundTrip"), say.duration(focus.nanos())),
                new Variable(say.text("variable.chatty"), say.text("variable.chatty.value",
                        Long.toString(chatty.calls()), chatty.tier().key()))));
        trace.step(0, title, narration, List.of(), -1, new Snapshot(List.of(node), List.of(),
                List.of(new Table(NUMBERS, say.text("table"), List.of(say.text("table.what"), say.text("table.time"),
                say.text("table.source")), rows)), facts));
        rows.replaceAll(r -> new Table.Row(r.cells(), false));
    }
}
