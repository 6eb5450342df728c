package org.wirewise.model.latency;

import java.util.List;
import org.wirewise.model.trace.Fact;

/**
 * How a link's capacity over a transfer was spent, for the stacked bar: the data the application
 * got, headers and framing, retransmissions, and time the wire stood idle. Bits, measured.
 */
public record CapacityShare(long bitsPerSecond, List<Part> parts) implements Fact {

    public enum Use {
        PAYLOAD("Payload"),
        HEADERS("Headers"),
        RETRANSMISSIONS("Retransmissions"),
        IDLE("Idle");

        private final String displayName;

        Use(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
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
