package org.wirewise.model.latency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private final BudgetNarration say;
    private final TraceBuilder trace;

    private LatencyBudgetExplainer(LatencyBudgetScenario scenario, Locale language) {
        this.scenario = scenario;
        this.baseline = Switch.allOff(scenario);
        this.say = new BudgetNarration(language);
        this.trace = new TraceBuilder(LESSON_ID, List.of(new Lane(LANE, say.text("lane"),
                say.text("lane.sub", say.ms(scenario.rttMs())))));
    }

    public static Trace explain(LatencyBudgetScenario scenario) {
        return explain(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the numbers are the same in every language. */
    public static Trace explain(LatencyBudgetScenario scenario, Locale language) {
        return new LatencyBudgetExplainer(scenario, language).run();
    }

    private Trace run() {
        List<PageLoad.Segment> before = PageLoad.parts(baseline);
        double beforeMs = PageLoad.totalMs(before);
        BudgetFact.Bar base = new BudgetFact.Bar(say.text("bar.baseline"), before);
        step(say.baselineTitle(beforeMs), say.baseline(baseline, beforeMs), List.of(base),
                List.of("RFC 6928", "RFC 8446 §2", "RFC 9112 §9"));
        for (Switch w : Switch.values()) {
            List<PageLoad.Segment> after = PageLoad.parts(w.set(baseline, true));
            double afterMs = PageLoad.totalMs(after);
            step(say.switchTitle(w, beforeMs, afterMs), say.effect(w, scenario, beforeMs, afterMs),
                    List.of(base, new BudgetFact.Bar(say.label(w), after)), refs(w));
        }
        List<PageLoad.Segment> yours = PageLoad.parts(scenario);
        double yoursMs = PageLoad.totalMs(yours);
        List<Switch> on = new ArrayList<>();
        for (Switch w : Switch.values()) {
            if (w.isOn(scenario)) {
                on.add(w);
            }
        }
        step(say.yoursTitle(beforeMs, yoursMs), say.yours(on, beforeMs, yoursMs),
                List.of(base, new BudgetFact.Bar(say.text("bar.yours"), yours)), List.of());
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
        List<String> columns = new ArrayList<>(List.of(say.text("table.part")));
        bars.forEach(b -> columns.add(b.label()));
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < PageLoad.Part.values().length; i++) {
            List<String> cells = new ArrayList<>(List.of(say.label(PageLoad.Part.values()[i])));
            for (BudgetFact.Bar b : bars) {
                cells.add(say.ms(b.parts().get(i).ms()));
            }
            boolean changed = bars.size() > 1 && bars.get(0).parts().get(i).ms() != bars.get(1).parts().get(i).ms();
            rows.add(new Table.Row(cells, changed));
        }
        List<String> total = new ArrayList<>(List.of(say.text("table.total")));
        bars.forEach(b -> total.add(say.ms(b.totalMs())));
        rows.add(new Table.Row(total, false));
        NodeState node = new NodeState(LANE, bars.get(bars.size() - 1).label(), List.of(
                new Variable(say.text("variable.total"), say.ms(bars.get(bars.size() - 1).totalMs()))));
        trace.step(0, title, narration, refs, -1, new Snapshot(List.of(node), List.of(),
                List.of(new Table(PARTS, say.text("table"), columns, rows)), List.of(new BudgetFact(bars))));
    }
}
