package org.wirewise.ui.lesson.stack;

import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.Table;
import org.wirewise.ui.widget.WrappingLabel;

/** A model {@link Table} drawn as a small card: title, column heads, rows, the highlighted row marked. */
public final class TableCard extends VBox {

    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final int hiddenColumns;
    /** Each drawn column's labels, its head first. */
    private final java.util.List<java.util.List<WrappingLabel>> byColumn = new java.util.ArrayList<>();

    /** The last column's wish: it wraps, so it asks for no more than this and takes what is left. */
    static final double LAST_PREF = 160;
    /** The narrowest the last column goes when the leading columns keep their width. */
    static final double LAST_MIN = 80;

    private boolean leadingColumnsWrap;

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

    /**
     * Whether the leading columns may wrap between words when the last, at its longest word, leaves
     * them too little. Off (the default), they keep their width and the card asks its parent for it,
     * the last column alone wrapping; on, a card fits a narrow pane (a projector, a longer language)
     * with every column on screen, taller.
     */
    public void setLeadingColumnsWrap(boolean wrap) {
        leadingColumnsWrap = wrap;
        requestLayout();
    }

    public void show(Table table) {
        setVisible(table != null);
        setManaged(table != null);
        grid.getChildren().clear();
        byColumn.clear();
        if (table == null) {
            return;
        }
        title.setText(table.title());
        int columns = table.columns().size() - hiddenColumns;
        // Column widths are set at each layout (see layoutChildren): every column keeps its width and
        // the last takes what is left and wraps; when even the last at its longest word is not enough
        // (a projector, a longer language) the others wrap between words too.
        grid.getColumnConstraints().clear();
        for (int c = 0; c < columns; c++) {
            grid.getColumnConstraints().add(new ColumnConstraints());
            byColumn.add(new java.util.ArrayList<>());
        }
        for (int c = 0; c < columns; c++) {
            WrappingLabel head = new WrappingLabel(table.columns().get(c));
            head.getStyleClass().add("card-head");
            byColumn.get(c).add(head);
            grid.add(head, c, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Table.Row row = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                WrappingLabel cell = new WrappingLabel(row.cells().get(c));
                cell.getStyleClass().add("card-cell");
                byColumn.get(c).add(cell);
                if (row.highlighted()) {
                    cell.getStyleClass().add("highlighted");
                } else if (row.emphasised()) {
                    cell.getStyleClass().add("emphasised"); // looks the same; scrolling and checks follow "highlighted"
                }
                GridPane.setValignment(cell, VPos.TOP); // a wrapped cell's neighbours start on its first line
                grid.add(cell, c, r + 1);
            }
        }
    }

    /** As wide as every column on one line, the last {@value #LAST_PREF} px (it wraps). */
    @Override
    protected double computePrefWidth(double height) {
        double[] natural = natural();
        if (natural.length == 0) {
            return super.computePrefWidth(height);
        }
        natural[natural.length - 1] = LAST_PREF;
        return snapSizeX(Math.max(title.prefWidth(-1), sum(natural))) + snappedLeftInset() + snappedRightInset();
    }

    /** No narrower than each column's longest word (or, if the leading columns keep their width, than them). */
    @Override
    protected double computeMinWidth(double height) {
        if (byColumn.isEmpty()) {
            return super.computeMinWidth(height);
        }
        double[] least = leadingColumnsWrap ? words() : natural();
        if (!leadingColumnsWrap) {
            least[least.length - 1] = LAST_MIN;
        }
        return sum(least) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        if (!byColumn.isEmpty()) {
            double[] widths = widths(getWidth() - snappedLeftInset() - snappedRightInset());
            for (int c = 0; c < widths.length; c++) {
                ColumnConstraints constraints = grid.getColumnConstraints().get(c);
                constraints.setMinWidth(widths[c]);
                constraints.setPrefWidth(widths[c]);
                constraints.setMaxWidth(c == widths.length - 1 ? Double.MAX_VALUE : widths[c]);
                constraints.setHgrow(c == widths.length - 1 ? Priority.ALWAYS : Priority.NEVER);
            }
        }
        super.layoutChildren();
    }

    /** The last column gives way first, down to its longest word; then the others share what is missing. */
    private double[] widths(double room) {
        double[] natural = natural();
        double[] words = words();
        int last = natural.length - 1;
        double missing = sum(natural) - room;
        if (missing <= 0) {
            natural[last] += -missing; // the last takes what is left
            return natural;
        }
        double lastLeast = leadingColumnsWrap ? words[last] : Math.min(words[last], LAST_MIN);
        double fromLast = Math.min(missing, Math.max(0, natural[last] - lastLeast));
        natural[last] -= fromLast;
        missing -= fromLast;
        double slack = 0;
        for (int c = 0; c < last; c++) {
            slack += Math.max(0, natural[c] - words[c]);
        }
        for (int c = 0; c < last && missing > 0 && slack > 0 && leadingColumnsWrap; c++) {
            natural[c] -= Math.max(0, natural[c] - words[c]) * Math.min(1, missing / slack);
        }
        return natural;
    }

    private double[] natural() {
        // snapped up to whole pixels per column, as GridPane sizes its columns
        return byColumn.stream().mapToDouble(col -> snapSizeX(col.stream().mapToDouble(l -> l.prefWidth(-1)).max()
                .orElse(0))).toArray();
    }

    private double[] words() {
        return byColumn.stream().mapToDouble(col -> col.stream().mapToDouble(WrappingLabel::longestWord).max().orElse(0))
                .toArray();
    }

    /** The columns' widths and the gaps between them, with the grid's padding. */
    private double sum(double[] widths) {
        return java.util.Arrays.stream(widths).sum() + snapSpaceX(grid.getHgap()) * Math.max(0, widths.length - 1)
                + grid.snappedLeftInset() + grid.snappedRightInset();
    }
}
