package org.wirewise.model.trace;

import java.util.Objects;

/** Names a series of a known kind in a trace, as a constant the model defines and a view imports. */
public record SeriesKey<T extends TimeSeries>(String id, Class<T> type) {

    public SeriesKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }
}
