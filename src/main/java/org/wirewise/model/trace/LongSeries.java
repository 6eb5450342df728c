package org.wirewise.model.trace;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A {@link TimeSeries} of whole numbers (bytes, ports), built row by row and frozen by {@link Builder#build()}. */
public final class LongSeries extends AbstractSeries {

    private final long[] times;
    private final long[][] values; // [column][row]

    private LongSeries(String id, String title, List<Column> columns, long[] times, long[][] values) {
        super(id, title, columns);
        this.times = times;
        this.values = values;
    }

    public static Builder builder(String id, String title, String... columns) {
        return new Builder(id, title, columns);
    }

    @Override
    public int size() {
        return times.length;
    }

    @Override
    public long time(int row) {
        return times[row];
    }

    @Override
    public double value(int row, int column) {
        return values[column][row];
    }

    /** The exact value, for views that draw bytes. */
    public long get(int row, int column) {
        return values[column][row];
    }

    @Override
    public String text(int row, int column) {
        return Long.toString(values[column][row]);
    }

    /** Collects rows; a row at the same time as the last one replaces it (the state after the moment). */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<Column> columns;
        private long[] times = new long[64];
        private long[][] values;
        private int size;

        private Builder(String id, String title, String... columns) {
            this.id = Objects.requireNonNull(id, "id");
            this.title = Objects.requireNonNull(title, "title");
            this.columns = Arrays.stream(columns).map(Column::number).toList();
            this.values = new long[columns.length][64];
        }

        public Builder add(long time, long... row) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("series " + id + ": " + row.length + " values for "
                        + columns.size() + " columns");
            }
            if (size > 0 && time < times[size - 1]) {
                throw new IllegalArgumentException("series " + id + " goes back in time at " + time);
            }
            int at = size > 0 && times[size - 1] == time ? size - 1 : size++;
            if (at == times.length) {
                times = Arrays.copyOf(times, at * 2);
                for (int c = 0; c < values.length; c++) {
                    values[c] = Arrays.copyOf(values[c], at * 2);
                }
            }
            times[at] = time;
            for (int c = 0; c < row.length; c++) {
                values[c][at] = row[c];
            }
            return this;
        }

        public LongSeries build() {
            long[][] copy = new long[values.length][];
            for (int c = 0; c < values.length; c++) {
                copy[c] = Arrays.copyOf(values[c], size);
            }
            return new LongSeries(id, title, columns, Arrays.copyOf(times, size), copy);
        }
    }
}
