package org.wirewise.model.latency;

import java.util.ArrayList;
import java.util.List;
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
    private final TraceBuilder trace = new TraceBuilder(LESSON_ID, List.of(new Lane(LANE, "Latency numbers",
            "orders of magnitude")));
    private final List<ScaleFact.Mark> marks = new ArrayList<>();
    private final List<Table.Row> rows = new ArrayList<>();

    private LatencyNumbersExplainer(LatencyNumbersScenario scenario) {
        LatencyTier tier = LatencyTier.of(scenario.tier()).filter(t -> t.kind() == LatencyTier.Kind.NETWORK)
                .orElseThrow(() -> new IllegalArgumentException("tier: expected one of "
                        + String.join(", ", LatencyTier.networkKeys()) + ", got " + scenario.tier()));
        if (scenario.calls() < 1) {
            throw new IllegalArgumentException("calls: expected at least 1, got " + scenario.calls());
        }
        this.chatty = new ChattyService(scenario.calls(), tier);
    }

    public static Trace explain(LatencyNumbersScenario scenario) {
        return new LatencyNumbersExplainer(scenario).run();
    }

    private Trace run() {
        add(LatencyTier.MEMORY);
        add(LatencyTier.SSD);
        add(LatencyTier.DISK);
        step(NumbersNarration.contextTitle(), NumbersNarration.context(), LatencyTier.DISK, List.of());
        for (LatencyTier t : LatencyTier.values()) {
            if (t.kind() == LatencyTier.Kind.NETWORK) {
                add(t);
                step(NumbersNarration.title(t), NumbersNarration.tier(t), t, List.of());
            }
        }
        rows.replaceAll(r -> new Table.Row(r.cells(), r.cells().get(0).equals(chatty.tier().label())));
        step(NumbersNarration.chattyTitle(chatty), NumbersNarration.chatty(chatty), chatty.tier(), List.of(chatty, chattyBars()));
        return trace.build();
    }

    /** The chatty service's calls one after another, in parallel and kept nearby, on one scale. */
    private RttBarsFact chattyBars() {
        return new RttBarsFact(List.of(
                new RttBarsFact.Bar(chatty.calls() + " in sequence", chatty.sequentialNanos() / 1e6,
                        RttBarsFact.Kind.SATELLITE),
                new RttBarsFact.Bar("In parallel or batched", chatty.parallelNanos() / 1e6, RttBarsFact.Kind.TYPICAL),
                new RttBarsFact.Bar(chatty.calls() + " in sequence, one zone", chatty.nearbyNanos() / 1e6,
                        RttBarsFact.Kind.MINIMUM)));
    }

    private void add(LatencyTier t) {
        marks.add(new ScaleFact.Mark(t, t.nanos(), NumbersNarration.consequence(t)));
        rows.add(new Table.Row(List.of(t.label(), LatencyText.duration(t.nanos()), NumbersNarration.source(t)), true));
    }

    private void step(String title, String narration, LatencyTier focus, List<Fact> more) {
        List<Fact> facts = new ArrayList<>(List.of(new ScaleFact(marks, focus)));
        facts.addAll(more);
        NodeState node = new NodeState(LANE, focus.label(), List.of(
                new Variable("Round trip", LatencyText.duration(focus.nanos())),
                new Variable("Chatty calls", chatty.calls() + " to " + chatty.tier().key())));
        trace.step(0, title, narration, List.of(), -1, new Snapshot(List.of(node), List.of(),
                List.of(new Table(NUMBERS, "Latency numbers", List.of("What", "Time", "Source"), rows)), facts));
        rows.replaceAll(r -> new Table.Row(r.cells(), false));
    }
}
