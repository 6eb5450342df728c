package org.wirewise.ui.lesson.tcp;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wirewise.model.tcp.PortBudget;
import org.wirewise.model.tcp.PortsSimulator;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.Table;

/**
 * Socket tables (one row per 5-tuple, like {@code ss -tan}) and the chart of ephemeral ports in
 * use over time, from the step's {@code client-sockets}, {@code server-sockets} and
 * {@code port-usage} tables.
 */
final class SocketPanel extends javafx.scene.layout.HBox {

    private static final List<TableKey> TABLES = List.of(PortsSimulator.SERVER_SOCKETS, PortsSimulator.CLIENT_SOCKETS);

    private final VBox tables = new VBox(8);
    private final PortChart chart;
    private LongSeries usage;

    SocketPanel(org.wirewise.model.text.Texts texts) {
        chart = new PortChart(texts);
        getStyleClass().add("socket-panel");
        setId("socket-panel");
        setSpacing(16);
        setPadding(new Insets(10));
        javafx.scene.layout.HBox.setHgrow(chart, Priority.ALWAYS);
        chart.setMinWidth(200);
        // The 5-tuples are the point of the tables: they keep their width and the chart gives way.
        tables.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // On a short screen (presentation's picture above the caption) the tables scroll to the step's row.
        javafx.scene.control.ScrollPane scroll = new org.wirewise.ui.widget.FollowingScrollPane(tables, ".socket-cell.highlighted");
        scroll.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Every column shows, beside a vertical scroll bar if there is one.
        scroll.minViewportWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> tables.prefWidth(-1), tables.layoutBoundsProperty()));
        scroll.setMinHeight(0);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().addAll(scroll, chart);
    }

    static boolean applies(Step step) {
        return step.snapshot().fact(PortBudget.class).isPresent();
    }

    /** The run's ports-in-use series, which the chart draws under every step. */
    void setTrace(Trace trace) {
        usage = trace.series(PortsSimulator.PORTS_IN_USE).orElse(null);
    }

    void show(Step step) {
        tables.getChildren().clear();
        for (TableKey id : TABLES) {
            step.snapshot().table(id).ifPresent(t -> tables.getChildren().add(grid(t)));
        }
        step.snapshot().fact(PortBudget.class).ifPresent(budget -> chart.show(usage, budget));
    }

    private static VBox grid(Table table) {
        Label title = new Label(table.title());
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.getStyleClass().add("socket-table");
        for (int c = 0; c < table.columns().size(); c++) {
            Label head = new Label(table.columns().get(c));
            head.getStyleClass().add("socket-head");
            grid.add(head, c, 0);
        }
        int r = 1;
        for (Table.Row row : table.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                Label cell = new Label(row.cells().get(c));
                cell.getStyleClass().add("socket-cell");
                if (row.highlighted()) {
                    cell.getStyleClass().add("highlighted");
                }
                grid.add(cell, c, r);
            }
            r++;
        }
        return new VBox(2, title, grid);
    }
}
