package org.wirewise.ui.lesson.tls;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.Table;

/**
 * A model {@link Table} as wrapped lines, one per row, for a narrow side pane where a grid would
 * cut its cells: the title, then each row's cells joined, the highlighted rows marked.
 */
public final class TableLines extends VBox {

    public TableLines(String id) {
        setId(id);
        setSpacing(4);
    }

    public void show(Table table) {
        getChildren().clear();
        setVisible(table != null);
        setManaged(table != null);
        if (table == null) {
            return;
        }
        getChildren().add(KeySchedulePicture.line(table.title(), "card-title"));
        for (Table.Row row : table.rows()) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < row.cells().size(); c++) {
                text.append(c == 0 ? "" : "\n    ").append(c == 0 ? "" : table.columns().get(c) + ": ").append(row.cells().get(c));
            }
            Label line = KeySchedulePicture.line(text.toString(), "card-cell");
            if (row.highlighted()) {
                line.getStyleClass().add("highlighted");
            }
            getChildren().add(line);
        }
    }
}
