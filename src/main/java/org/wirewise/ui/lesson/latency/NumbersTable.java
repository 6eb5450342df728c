package org.wirewise.ui.lesson.latency;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.Table;

/** A step's table as it is: a title, then rows of name and value; the rows the step is about stand out. */
final class NumbersTable extends VBox {

    private final Label title = new Label();
    private final GridPane grid = new GridPane();

    NumbersTable(String id) {
        setId(id);
        getStyleClass().add("numbers-block");
        title.getStyleClass().add("numbers-title");
        grid.getStyleClass().add("numbers-grid");
        getChildren().addAll(title, grid);
        setMinWidth(Region.USE_PREF_SIZE);
    }

    void show(Table table) {
        title.setText(table.title());
        grid.getChildren().clear();
        int r = 0;
        if (table.columns().stream().skip(1).anyMatch(c -> !c.isBlank())) {
            for (int c = 0; c < table.columns().size(); c++) {
                Label head = new Label(table.columns().get(c));
                head.getStyleClass().add("numbers-head");
                grid.add(head, c, r);
            }
            r++;
        }
        for (Table.Row row : table.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                Label cell = new Label(row.cells().get(c));
                cell.getStyleClass().addAll(c == 0 ? "numbers-key" : "numbers-value",
                        row.highlighted() ? "numbers-highlighted" : "numbers-plain");
                cell.setWrapText(c == 0);
                cell.setMinWidth(c == 0 ? Region.USE_COMPUTED_SIZE : Region.USE_PREF_SIZE);
                grid.add(cell, c, r);
            }
            r++;
        }
    }
}
