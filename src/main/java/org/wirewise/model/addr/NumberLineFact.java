package org.wirewise.model.addr;

import java.util.List;
import java.util.Objects;
import org.wirewise.model.trace.Fact;

/**
 * Blocks drawn on one line: each span is where a block starts and ends as a fraction of the
 * range the line covers.
 *
 * @param title what the line covers ("Number line of 10.0.0.0/15")
 * @param spans the range, the block, the other block and the first subnets of a split
 */
public record NumberLineFact(String title, List<Span> spans) implements Fact {

    public NumberLineFact {
        Objects.requireNonNull(title, "title");
        spans = List.copyOf(spans);
    }

    /** Why a span is on the line. */
    public enum Role {
        RANGE, BLOCK, OTHER, SUBNET;

        /** The role's name in style classes and table cells ("subnet"). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One block: {@code from} and {@code to} are fractions of the range, 0 to 1. */
    public record Span(String block, double from, double to, Role role) {
        public Span {
            Objects.requireNonNull(block, "block");
            Objects.requireNonNull(role, "role");
        }
    }

    public List<Span> spans(Role role) {
        return spans.stream().filter(s -> s.role() == role).toList();
    }
}
