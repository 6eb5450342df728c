package org.wirewise.model.nat;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.trace.Table;

/** The hole-punching grid: {@link HolePunching} run on two bare {@link Nat}s for every pair of behaviours. */
final class TraversalGrid {

    private TraversalGrid() {
    }

    /** Every mapping × filtering for A (rows) and B (columns); A's row of {@code a} is highlighted; {@code title} names B's. */
    static Table of(boolean portPreservation, NatBehaviour a, NatBehaviour b, String title) {
        List<NatBehaviour> all = new ArrayList<>();
        for (Mapping m : Mapping.values()) {
            for (Filtering f : Filtering.values()) {
                all.add(new NatBehaviour(m, f, portPreservation));
            }
        }
        List<String> columns = new ArrayList<>();
        columns.add("A \\ B");
        all.forEach(x -> columns.add(x.shortName()));
        List<Table.Row> rows = new ArrayList<>();
        for (NatBehaviour rowA : all) {
            List<String> cells = new ArrayList<>();
            cells.add(rowA.shortName());
            for (NatBehaviour colB : all) {
                cells.add(HolePunching.attempt(rowA, colB).success() ? "✓" : "✗");
            }
            boolean thisA = rowA.mapping() == a.mapping() && rowA.filtering() == a.filtering();
            rows.add(new Table.Row(cells, thisA));
        }
        return new Table(NatTraversalSimulator.GRID, title, columns, rows);
    }
}
