package org.wirewise.model.latency;

import java.util.List;
import org.wirewise.model.trace.Fact;

/**
 * How a link's capacity over a transfer was spent, for the stacked bar: the data the application
 * got, headers and framing, retransmissions, and time the wire stood idle. Bits, measured.
 */
public record CapacityShare(long bitsPerSecond, List<Part> parts) implements Fact {

    /** What the capacity went to; the view names each in the window's language (latency-views, use.NAME). */
    public enum Use {
        PAYLOAD, HEADERS, RETRANSMISSIONS, IDLE
    }

    public record Part(Use use, double bits) {
    }

    public CapacityShare {
        parts = List.copyOf(parts);
    }

    public double total() {
        return parts.stream().mapToDouble(Part::bits).sum();
    }
}
