package org.wirewise.ui.lesson.http;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.ui.widget.FollowingScrollPane;

/** The QUIC lesson's two tables, as wrapped lines: the step's packets, then the requests and their streams. */
final class QuicTables extends FollowingScrollPane {

    private final VBox lines;

    QuicTables() {
        this(new VBox(4));
    }

    private QuicTables(VBox lines) {
        super(lines, ".highlighted");
        this.lines = lines;
        setFitToWidth(true);
    }

    void show(Snapshot snapshot, TableKey... keys) {
        lines.getChildren().clear();
        for (TableKey key : keys) {
            snapshot.table(key).ifPresent(this::add);
        }
    }

    private void add(Table table) {
        Label title = new Label(table.title());
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        lines.getChildren().add(title);
        for (Table.Row row : table.rows()) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < row.cells().size(); c++) {
                text.append(c == 0 ? "" : " · ").append(table.columns().get(c)).append(' ').append(row.cells().get(c));
            }
            Label line = new Label(text.toString());
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
    }
}
