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
 * A step's table as a titled grid. Highlighted rows are what the step is about. A column named
 * in {@code bitColumns} holds an address's bits and is drawn as a {@link BitStrip} split at
 * {@code prefix} (IPv6 compactly, in hex digits coloured by the prefix).
 */
final class TableBlock extends VBox {

    private final Label title = new Label();
    private final GridPane grid = new GridPane();

    TableBlock(String id) {
        setId(id);
        getStyleClass().add("table-block");
        title.getStyleClass().add("table-title");
        grid.getStyleClass().add("table-grid");
        getChildren().addAll(title, grid);
    }

    void show(Table table, Set<String> bitColumns, int prefix) {
        title.setText(table.title());
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (int c = 0; c < table.columns().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(cc);
            Label head = new Label(table.columns().get(c));
            head.getStyleClass().add("table-head");
            head.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(head, c, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Table.Row row = table.rows().get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = row.cells().get(c);
                javafx.scene.Node node;
                if (bitColumns.contains(table.columns().get(c)) && !cell.isEmpty()) {
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
                grid.add(node, c, r + 1);
            }
        }
    }
}
