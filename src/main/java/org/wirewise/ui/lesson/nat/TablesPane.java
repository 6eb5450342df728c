package org.wirewise.ui.lesson.nat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.Table;
import org.wirewise.ui.widget.FollowingScrollPane;

/** Draws the tables of a step's snapshot; the row the step is about is highlighted. */
final class TablesPane extends FollowingScrollPane {

    /** Cells longer than this many characters wrap (nat.css gives them a fixed width) rather than widen their column. */
    private static final int WRAP_AFTER = 22;
    /** Tables with more columns than this are drawn compact (narrower padding, stacked headings). */
    private static final int WIDE = 6;

    private final VBox content;
    private List<Table> shown = List.of();

    /** @param emptyText what an empty table says, in the window's language */
    private final String emptyText;

    TablesPane(String emptyText) {
        this(new VBox(), emptyText);
    }

    private TablesPane(VBox content, String emptyText) {
        super(content, ".nat-table-cell.highlighted");
        this.content = content;
        this.emptyText = emptyText;
        getStyleClass().add("nat-tables");
        // Every column on screen: the pane asks its split pane for the tables' whole width.
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(Region.USE_PREF_SIZE);
        content.getStyleClass().add("nat-tables-content");
    }

    void show(List<Table> tables) {
        if (tables.equals(shown)) {
            return;
        }
        shown = tables;
        content.getChildren().clear();
        for (Table table : tables) {
            Label title = new Label(table.title());
            title.getStyleClass().add("nat-table-title");
            title.setWrapText(true);
            content.getChildren().addAll(title, grid(table));
        }
    }

    private GridPane grid(Table table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("nat-table");
        grid.setId(table.id());
        if (table.columns().size() > WIDE) {
            grid.getStyleClass().add("wide");
        }
        for (int c = 0; c < table.columns().size(); c++) {
            // A wide matrix (nine NAT behaviours across) stacks "APDM/" over "APDF" in its headings.
            String heading = table.columns().size() > WIDE ? table.columns().get(c).replace("/", "/\n") : table.columns().get(c);
            Label head = new Label(heading);
            head.getStyleClass().add("nat-table-head");
            head.setMaxWidth(Double.MAX_VALUE);
            head.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(head, c, 0);
        }
        if (table.rows().isEmpty()) {
            Label empty = new Label(emptyText);
            empty.getStyleClass().add("nat-table-empty");
            grid.add(empty, 0, 1, table.columns().size(), 1);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Table.Row row = table.rows().get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                Label cell = new Label(row.cells().get(c));
                cell.getStyleClass().add("nat-table-cell");
                cell.setMaxWidth(Double.MAX_VALUE);
                // Every cell fills its row, text at the top: a highlighted row is one band even when
                // one of its cells wraps to two lines.
                cell.setMaxHeight(Double.MAX_VALUE);
                cell.setAlignment(javafx.geometry.Pos.TOP_LEFT);
                if (row.cells().get(c).length() > WRAP_AFTER && row.cells().get(c).contains(" ")) {
                    // A sentence ("only address and port pairs the inside host has sent to") wraps.
                    cell.getStyleClass().add("nat-table-sentence");
                } else {
                    cell.setMinWidth(Region.USE_PREF_SIZE);
                }
                cell.setTooltip(new Tooltip(table.columns().get(c) + ": " + row.cells().get(c)));
                if (row.highlighted()) {
                    cell.getStyleClass().add("highlighted");
                }
                if (row.cells().get(c).startsWith("✗")) {
                    cell.getStyleClass().add("refused");
                } else if (row.cells().get(c).startsWith("✓")) {
                    cell.getStyleClass().add("passed");
                }
                grid.add(cell, c, r + 1);
            }
        }
        return grid;
    }
}
