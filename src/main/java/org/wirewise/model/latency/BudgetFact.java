package org.wirewise.model.latency;

import java.util.List;
import org.wirewise.model.trace.Fact;

/**
 * Stacked bars of a page's time: before and after a change.
 *
 * @param bars each bar's label and parts, drawn top to bottom on one scale
 */
public record BudgetFact(List<Bar> bars) implements Fact {

    public BudgetFact {
        bars = List.copyOf(bars);
    }

    /** One stacked bar. */
    public record Bar(String label, List<PageLoad.Segment> parts) {
        public Bar {
            parts = List.copyOf(parts);
        }

        public double totalMs() {
            return PageLoad.totalMs(parts);
        }
    }

    public double longestMs() {
        return bars.stream().mapToDouble(Bar::totalMs).max().orElse(0);
    }
}
