package org.wirewise.model.trace;

import java.util.List;
import java.util.Objects;

/** What every {@link TimeSeries} shares: its name, title and columns, and equality by samples. */
public abstract class AbstractSeries implements TimeSeries {

    private final String id;
    private final String title;
    private final List<Column> columns;

    protected AbstractSeries(String id, String title, List<Column> columns) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.columns = List.copyOf(columns);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final List<Column> columns() {
        return columns;
    }

    @Override
    public final boolean equals(Object other) {
        return TimeSeries.sameSamples(this, other);
    }

    @Override
    public final int hashCode() {
        return 31 * id.hashCode() + size();
    }
}
