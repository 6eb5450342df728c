package org.wirewise.model.lb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirewise.model.trace.Fact;

/** The header fields a load balancer reads from a request, with the ones it decides on marked. */
public record FieldReads(String title, List<Read> reads) implements Fact {

    public FieldReads {
        Objects.requireNonNull(title, "title");
        reads = List.copyOf(reads);
    }

    /**
     * One field.
     *
     * @param osiLayer   the OSI layer it belongs to ("3"), or "–" for the payload it does not read
     * @param layerField the dissector layer holding it ("Internet Protocol Version 4")
     * @param field      the field's name in that layer ("Source Address")
     * @param decides    whether the balancer's choice depends on it
     */
    public record Read(String name, String value, String osiLayer, String layerField, String field,
                       boolean decides) {
    }

    /** The last field it decides on: the Cookie at layer 7, the destination port at layer 4. */
    public Optional<Read> lastDeciding() {
        return reads.stream().filter(Read::decides).reduce((a, b) -> b);
    }
}
