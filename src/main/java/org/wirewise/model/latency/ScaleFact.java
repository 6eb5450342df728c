package org.wirewise.model.latency;

import java.util.List;
import java.util.Objects;
import org.wirewise.model.trace.Fact;

/**
 * The latency numbers drawn so far on one log scale, and the one the step is about.
 *
 * @param marks the tiers shown, in the order they were added
 * @param focus the step's tier (the chatty service's tier at its step)
 */
public record ScaleFact(List<Mark> marks, LatencyTier focus) implements Fact {

    public ScaleFact {
        marks = List.copyOf(marks);
        Objects.requireNonNull(focus, "focus");
    }

    /**
     * One figure: its tier, its time in nanoseconds and, in the trace's language, the tier's name, the
     * time as written, where the figure comes from and what it means for a design.
     */
    public record Mark(LatencyTier tier, double nanos, String label, String time, String source, String consequence) {
    }
}
