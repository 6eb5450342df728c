package org.wirewise.model.trace;

import java.util.List;
import java.util.Objects;

/**
 * A table a step shows: a NAT translation table, a socket list, a route table. Cells are text as
 * the view shows them, for display only: what a view draws from goes in a typed {@link Fact}. A
 * highlighted row is the one this step is about; an emphasised row stands out on every step.
 *
 * @param key     what views find it by; its id is what exports print ("nat-table")
 * @param title   heading ("NAT translations")
 * @param columns column headings
 * @param rows    rows, each with one cell per column
 */
public record Table(TableKey key, String title, List<String> columns, List<Table.Row> rows) {

    public Table {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("table " + key.id() + ": a row has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** A table no view looks up by key (it is shown with the step's other tables). */
    public Table(String id, String title, List<String> columns, List<Table.Row> rows) {
        this(TableKey.of(id), title, columns, rows);
    }

    public String id() {
        return key.id();
    }

    /**
     * One row; {@code highlighted} marks what the step is about (its subject, which a view keeps on
     * screen), {@code emphasised} a row set off on every step (a total) without being the subject.
     */
    public record Row(List<String> cells, boolean highlighted, boolean emphasised) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Row(List<String> cells, boolean highlighted) {
            this(cells, highlighted, false);
        }

        public static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }

        /** A row set off on every step (a total), not what a step is about. */
        public static Row emphasis(String... cells) {
            return new Row(List.of(cells), false, true);
        }
    }
}
