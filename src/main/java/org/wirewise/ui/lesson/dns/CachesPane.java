package org.wirewise.ui.lesson.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.dns.DnsResolutionSimulator;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.ui.widget.FollowingScrollPane;

/**
 * The four DNS caches of a step, one under another (laptop browser and OS, phone, resolver), each entry
 * with its remaining TTL, and the measured lookups below. The step's name, where the caches hold it,
 * is gathered on top, one row per cache: the four caches' rows lie further apart than a projector's
 * strip is tall, and together they show at once which cache answers and how long each keeps it.
 */
final class CachesPane extends FollowingScrollPane {

    private static final List<TableKey> CACHES = List.of(DnsResolutionSimulator.BROWSER_CACHE,
            DnsResolutionSimulator.OS_CACHE, DnsResolutionSimulator.PHONE_CACHE, DnsResolutionSimulator.RESOLVER_CACHE);
    /**
     * Each cache's name in the gathered rows' first column (its table's title is a heading, too long for a
     * cell): keys of the view bundle {@code dns-views.properties}.
     */
    private static final Map<TableKey, String> SHORT_NAMES = Map.of(DnsResolutionSimulator.BROWSER_CACHE,
            "cache.laptopBrowser", DnsResolutionSimulator.OS_CACHE, "cache.laptopOs", DnsResolutionSimulator.PHONE_CACHE,
            "cache.phoneOs", DnsResolutionSimulator.RESOLVER_CACHE, "cache.resolver");

    private final VBox content;
    private final Texts texts;
    private Snapshot shown;

    CachesPane(Locale language) {
        this(new VBox(), language);
    }

    private CachesPane(VBox content, Locale language) {
        super(content, ".dns-cell.highlighted");
        this.content = content;
        this.texts = Texts.of("org.wirewise.ui.lesson.dns.dns-views", language);
        getStyleClass().add("dns-caches");
        // every column on screen: the pane asks its split pane for the tables' whole width
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(Region.USE_PREF_SIZE);
        content.getStyleClass().add("dns-caches-content");
    }

    /** The tables' em in pixels, so the type scale and presentation mode reach layout decisions. */
    double em() {
        return content.lookup(".label") instanceof Label label ? label.getFont().getSize()
                : javafx.scene.text.Font.getDefault().getSize();
    }

    void show(Snapshot snapshot) {
        if (snapshot.equals(shown)) {
            return;
        }
        shown = snapshot;
        content.getChildren().clear();
        gathered(snapshot).ifPresent(g -> content.getChildren().add(grid(g, true)));
        for (TableKey key : CACHES) {
            snapshot.table(key).ifPresent(t -> content.getChildren().add(block(t)));
        }
        snapshot.table(DnsResolutionSimulator.TIMINGS).filter(t -> !t.rows().isEmpty())
                .ifPresent(t -> content.getChildren().add(block(t)));
    }

    /** The step's rows of every cache, one table with the cache first; empty when the step highlights none. */
    private Optional<Table> gathered(Snapshot snapshot) {
        List<String> columns = new ArrayList<>(List.of(texts.get("cache")));
        List<Table.Row> rows = new ArrayList<>();
        for (TableKey key : CACHES) {
            Optional<Table> table = snapshot.table(key);
            table.filter(t -> columns.size() == 1).ifPresent(t -> columns.addAll(t.columns()));
            table.ifPresent(t -> t.rows().stream().filter(Table.Row::highlighted).forEach(row -> {
                List<String> cells = new ArrayList<>(List.of(texts.get(SHORT_NAMES.get(key))));
                cells.addAll(row.cells());
                rows.add(new Table.Row(cells, true));
            }));
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Table("step-entries", "", columns, rows));
    }

    private VBox block(Table table) {
        Label title = new Label(table.title());
        title.getStyleClass().add("dns-table-title");
        VBox box = new VBox(title, grid(table, false));
        box.getStyleClass().add("dns-block");
        return box;
    }

    /**
     * @param subject whether highlighted rows are what the step is about (the gathered rows) or the
     *                same entries in their own cache, marked alike but not followed
     */
    private GridPane grid(Table table, boolean subject) {
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
            Label empty = new Label(texts.get("empty"));
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
                    cell.getStyleClass().add(subject ? "highlighted" : "emphasised");
                }
                grid.add(cell, c, r);
            }
            r++;
        }
        return grid;
    }
}
