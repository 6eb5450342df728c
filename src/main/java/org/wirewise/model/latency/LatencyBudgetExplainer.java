package org.wirewise.model.latency;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * The latency budget as steps: the page with nothing optimised, each switch alone against it, and
 * the parameters' switches together. Every bar comes from {@link PageLoad}.
 */
public final class LatencyBudgetExplainer {

    public static final String LESSON_ID = "latency-budget";
    public static final String LANE = "page";
    public static final TableKey PARTS = TableKey.of("budget");

    private final LatencyBudgetScenario scenario;
    private final LatencyBudgetScenario baseline;
    private final TraceBuilder trace;

    private LatencyBudgetExplainer(LatencyBudgetScenario scenario) {
        this.scenario = scenario;
        this.baseline = Switch.allOff(scenario);
        this.trace = new TraceBuilder(LESSON_ID, List.of(new Lane(LANE, "One page over HTTPS",
                LatencyText.ms(scenario.rttMs()) + " RTT")));
    }

    public static Trace explain(LatencyBudgetScenario scenario) {
        return new LatencyBudgetExplainer(scenario).run();
    }

    private Trace run() {
        List<PageLoad.Segment> before = PageLoad.parts(baseline);
        double beforeMs = PageLoad.totalMs(before);
        BudgetFact.Bar base = new BudgetFact.Bar("Nothing optimised", before);
        step(BudgetNarration.baselineTitle(beforeMs), BudgetNarration.baseline(baseline, beforeMs), List.of(base),
                List.of("RFC 6928", "RFC 8446 §2", "RFC 9112 §9"));
        for (Switch w : Switch.values()) {
            List<PageLoad.Segment> after = PageLoad.parts(w.set(baseline, true));
            double afterMs = PageLoad.totalMs(after);
            step(BudgetNarration.switchTitle(w, beforeMs, afterMs),
                    BudgetNarration.effect(w, scenario, beforeMs, afterMs),
                    List.of(base, new BudgetFact.Bar(w.label(), after)), refs(w));
        }
        List<PageLoad.Segment> yours = PageLoad.parts(scenario);
        double yoursMs = PageLoad.totalMs(yours);
        List<String> on = new ArrayList<>();
        for (Switch w : Switch.values()) {
            if (w.isOn(scenario)) {
                on.add(w.label());
            }
        }
        step(BudgetNarration.yoursTitle(beforeMs, yoursMs), BudgetNarration.yours(String.join(", ", on), beforeMs,
                yoursMs), List.of(base, new BudgetFact.Bar("Your configuration", yours)), List.of());
        return trace.build();
    }

    private static List<String> refs(Switch w) {
        return switch (w) {
            case ZERO_RTT -> List.of("RFC 8446 §2.3");
            case HTTP2 -> List.of("RFC 9113 §5");
            case REUSE -> List.of("RFC 9112 §9.3");
            case PARALLEL -> List.of("RFC 9112 §9.4");
            case CLOSER, COMPRESSION, CACHE_HIT -> List.of();
        };
    }

    private void step(String title, String narration, List<BudgetFact.Bar> bars, List<String> refs) {
        List<String> columns = new ArrayList<>(List.of("Part"));
        bars.forEach(b -> columns.add(b.label()));
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < PageLoad.Part.values().length; i++) {
            List<String> cells = new ArrayList<>(List.of(PageLoad.Part.values()[i].label()));
            for (BudgetFact.Bar b : bars) {
                cells.add(LatencyText.ms(b.parts().get(i).ms()));
            }
            boolean changed = bars.size() > 1 && bars.get(0).parts().get(i).ms() != bars.get(1).parts().get(i).ms();
            rows.add(new Table.Row(cells, changed));
        }
        List<String> total = new ArrayList<>(List.of("Total"));
        bars.forEach(b -> total.add(LatencyText.ms(b.totalMs())));
        rows.add(new Table.Row(total, false));
        NodeState node = new NodeState(LANE, bars.get(bars.size() - 1).label(), List.of(
                new Variable("Total", LatencyText.ms(bars.get(bars.size() - 1).totalMs()))));
        trace.step(0, title, narration, refs, -1, new Snapshot(List.of(node), List.of(),
                List.of(new Table(PARTS, "Where the time goes", columns, rows)), List.of(new BudgetFact(bars))));
    }
}
