package org.wirewise.ui.lesson.addr;

import java.util.Set;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.Table;

/**
 * A step's table as a titled grid. Highlighted rows are what the step is about. A column whose
 * index is in {@code bitColumns} holds an address's bits and is drawn as a {@link BitStrip} split at
 * {@code prefix} (IPv6 compactly, in hex digits coloured by the prefix).
 */
final class TableBlock extends VBox {

    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    /** A column drawn under another in the same cell (IPv6 under IPv4), so a wide table fits a 1280-pixel screen. */
    private int under = -1;
    private int over = -1;

    TableBlock(String id) {
        setId(id);
        getStyleClass().add("table-block");
        title.getStyleClass().add("table-title");
        grid.getStyleClass().add("table-grid");
        getChildren().addAll(title, grid);
    }

    /** The cells of the highlighted rows (what the step is about), top first; empty if none. */
    java.util.List<javafx.scene.Node> highlightedCells() {
        return grid.getChildren().stream().filter(n -> n.getStyleClass().contains("row-highlighted")).toList();
    }

    /** Draws column {@code lower} under column {@code upper} (indexes), one cell for both. */
    void stack(int upper, int lower) {
        over = upper;
        under = lower;
    }

    void show(Table table, Set<Integer> bitColumns, int prefix) {
        title.setText(table.title());
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        int lowerIndex = under < table.columns().size() ? under : -1;
        int upperIndex = over < table.columns().size() ? over : -1;
        boolean stacking = lowerIndex >= 0 && upperIndex >= 0;
        int gridColumn = 0;
        int[] columnOf = new int[table.columns().size()];
        for (int c = 0; c < table.columns().size(); c++) {
            if (stacking && c == lowerIndex) {
                columnOf[c] = columnOf[upperIndex];
                continue;
            }
            columnOf[c] = gridColumn;
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(cc);
            String name = table.columns().get(c);
            // A wide table's headings take a line per word ("Usable" over "(AWS)") rather than widen their columns.
            String heading = stacking && c == upperIndex ? name + " / " + table.columns().get(lowerIndex) : stacking ? name.replace(' ', '\n') : name;
            Label head = new Label(heading);
            head.getStyleClass().add("table-head");
            head.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(head, gridColumn++, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Table.Row row = table.rows().get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = row.cells().get(c);
                if (stacking && c == lowerIndex) {
                    continue;
                }
                if (stacking && c == upperIndex && !row.cells().get(lowerIndex).isEmpty()) {
                    cell = cell + "\n" + row.cells().get(lowerIndex);
                }
                javafx.scene.Node node;
                if (bitColumns.contains(c) && !cell.isEmpty()) {
                    BitStrip bits = new BitStrip();
                    bits.showCompact(cell, prefix);
                    node = bits;
                } else {
                    Label label = new Label(cell);
                    label.getStyleClass().add(c == 0 ? "table-key" : "table-cell");
                    if (c == 0 && cell.length() > 24) {
                        label.setWrapText(true); // the key column gives way when space is short
                    } else {
                        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    }
                    if (cell.length() > 40) {
                        label.setTooltip(new Tooltip(cell));
                    }
                    node = label;
                }
                node.getStyleClass().add(row.highlighted() ? "row-highlighted" : "row-plain");
                grid.add(node, columnOf[c], r + 1);
            }
        }
    }
}
