package org.wirewise.ui.lesson.dns;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.dns.DnsResolutionSimulator;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.ui.widget.FollowingScrollPane;

/**
 * The four DNS caches of a step, one under another (laptop browser and OS, phone, resolver), each entry
 * with its remaining TTL and the step's name highlighted, and the measured lookups below.
 */
final class CachesPane extends FollowingScrollPane {

    private static final List<TableKey> CACHES = List.of(DnsResolutionSimulator.BROWSER_CACHE,
            DnsResolutionSimulator.OS_CACHE, DnsResolutionSimulator.PHONE_CACHE, DnsResolutionSimulator.RESOLVER_CACHE);

    private final VBox content;
    private Snapshot shown;

    CachesPane() {
        this(new VBox());
    }

    private CachesPane(VBox content) {
        super(content, ".dns-cell.highlighted");
        this.content = content;
        getStyleClass().add("dns-caches");
        // every column on screen: the pane asks its split pane for the tables' whole width
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(Region.USE_PREF_SIZE);
        content.getStyleClass().add("dns-caches-content");
    }

    /** The tables' em in pixels, so the type scale and presentation mode reach layout decisions. */
    double em() {
        return content.getChildren().isEmpty() ? javafx.scene.text.Font.getDefault().getSize()
                : ((VBox) content.getChildren().get(0)).getChildren().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getFont().getSize()).findFirst().orElse(13.0);
    }

    void show(Snapshot snapshot) {
        if (snapshot.equals(shown)) {
            return;
        }
        shown = snapshot;
        content.getChildren().clear();
        for (TableKey key : CACHES) {
            snapshot.table(key).ifPresent(t -> content.getChildren().add(block(t)));
        }
        snapshot.table(DnsResolutionSimulator.TIMINGS).filter(t -> !t.rows().isEmpty())
                .ifPresent(t -> content.getChildren().add(block(t)));
    }

    private static VBox block(Table table) {
        Label title = new Label(table.title());
        title.getStyleClass().add("dns-table-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dns-table");
        grid.setId(table.id());
        for (int c = 0; c < table.columns().size(); c++) {
            Label head = new Label(table.columns().get(c));
            head.getStyleClass().add("dns-head");
            head.setMaxWidth(Double.MAX_VALUE);
            head.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(head, c, 0);
        }
        if (table.rows().isEmpty()) {
            Label empty = new Label("(empty)");
            empty.getStyleClass().add("dns-empty");
            grid.add(empty, 0, 1, table.columns().size(), 1);
        }
        int r = 1;
        for (Table.Row row : table.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                Label cell = new Label(row.cells().get(c));
                cell.getStyleClass().add("dns-cell");
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMinWidth(Region.USE_PREF_SIZE);
                if (row.highlighted()) {
                    cell.getStyleClass().add("highlighted");
                }
                grid.add(cell, c, r);
            }
            r++;
        }
        VBox box = new VBox(title, grid);
        box.getStyleClass().add("dns-block");
        return box;
    }
}
