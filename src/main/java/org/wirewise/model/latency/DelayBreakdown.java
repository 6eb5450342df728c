package org.wirewise.model.latency;

import java.util.List;
import org.wirewise.model.trace.Fact;

/**
 * A packet's delay so far, piece by piece, in the order it happened: what the stacked bar draws.
 * Every part is measured on the trace (the times a packet was offered to a link, started and
 * arrived), never computed from a formula.
 */
public record DelayBreakdown(List<Part> parts) implements Fact {

    /** The four kinds of delay, in the order a packet meets them at each hop. */
    public enum Kind {
        PROCESSING("Processing"),
        QUEUING("Queuing"),
        TRANSMISSION("Transmission"),
        PROPAGATION("Propagation");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** One delay at one place ("router A", "sender → router A"). */
    public record Part(Kind kind, String where, long nanos) {
    }

    public DelayBreakdown {
        parts = List.copyOf(parts);
    }

    public long total() {
        return parts.stream().mapToLong(Part::nanos).sum();
    }

    public long total(Kind kind) {
        return parts.stream().filter(p -> p.kind() == kind).mapToLong(Part::nanos).sum();
    }
}
