package org.wirewise.ui.lesson.stack;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.Table;

/** A model {@link Table} drawn as a small card: title, column heads, rows, the highlighted row marked. */
public final class TableCard extends VBox {

    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final int hiddenColumns;

    /** @param hiddenColumns how many trailing columns are for views, not for people (not drawn) */
    public TableCard(String id, int hiddenColumns) {
        this.hiddenColumns = hiddenColumns;
        setId(id);
        getStyleClass().add("table-card");
        title.getStyleClass().add("card-title");
        grid.getStyleClass().add("card-grid");
        getChildren().addAll(title, grid);
    }

    /** The card's type size (presentation and the type scale change it): for sizing what stands beside it. */
    public double em() {
        return title.getFont().getSize();
    }

    public void show(Table table) {
        setVisible(table != null);
        setManaged(table != null);
        grid.getChildren().clear();
        if (table == null) {
            return;
        }
        title.setText(table.title());
        int columns = table.columns().size() - hiddenColumns;
        // Every column keeps its width but the last, which takes what is left and wraps.
        grid.getColumnConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            if (c == columns - 1) {
                constraints.setMinWidth(80);
                constraints.setPrefWidth(160);
                constraints.setHgrow(Priority.ALWAYS);
            }
            grid.getColumnConstraints().add(constraints);
        }
        for (int c = 0; c < columns; c++) {
            Label head = new Label(table.columns().get(c));
            head.getStyleClass().add("card-head");
            if (c < columns - 1) {
                head.setMinWidth(Region.USE_PREF_SIZE); // a head wider than its cells is not cut to "…"
            }
            grid.add(head, c, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Table.Row row = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                Label cell = new Label(row.cells().get(c));
                cell.getStyleClass().add("card-cell");
                if (c < columns - 1) {
                    cell.setMinWidth(Region.USE_PREF_SIZE);
                } else {
                    cell.setWrapText(true);
                }
                if (row.highlighted()) {
                    cell.getStyleClass().add("highlighted");
                } else if (row.emphasised()) {
                    cell.getStyleClass().add("emphasised"); // looks the same; scrolling and checks follow "highlighted"
                }
                grid.add(cell, c, r + 1);
            }
        }
    }
}
