package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.wirewise.model.http.Phase;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.http.WaterfallRow;

/**
 * A page load as DevTools' Network panel draws it: a row per request (its target and connection on
 * the left), each phase a bar on one time axis from 0, the moment shown as a dashed cursor; several
 * loads of the same page may stand one under the other on the same axis, each under its title. Kinds
 * differ by height and pattern as well as colour (waiting thin, setup half height, TTFB hollow,
 * download solid; TLS and stalls striped), and the legend names them, so colour is not the only cue;
 * stretches held up behind a lost packet are drawn over the bars, cross-hatched. Hovering a row
 * shows each phase's milliseconds. Several charts drawn with the same axis end compare at a glance.
 */
public final class WaterfallChart extends DrawnPane {

    /** Where bars go across: the plot's left edge, pixels per nanosecond, and the connection column's width. */
    private record Columns(double left, double scale, double connWidth) {
    }

    private List<Waterfall> groups = List.of();
    private int focus = -1;
    private long axisEnd;
    private long cursor = -1;
    private boolean legendShown = true;
    private WidgetWords words = WidgetWords.ENGLISH;
    private boolean hidesFuture;
    /** The height at which every row gets its label, as the last drawing measured it for its width. */
    private final javafx.beans.property.ReadOnlyDoubleWrapper readableHeight =
            new javafx.beans.property.ReadOnlyDoubleWrapper(this, "readableHeight");
    /** The rows whose labels the last drawing showed, in order. */
    private List<String> labelled = List.of();

    public WaterfallChart() {
        getStyleClass().add("waterfall-chart");
        styledAsChart();
        getStylesheets().add(WaterfallChart.class.getResource("waterfall.css").toExternalForm());
        setMinSize(220, 120);
        setPrefSize(640, 420); // the drawing fills what it is given, its children never size it
    }

    /**
     * Draws {@code waterfall} on an axis from 0 to at least {@code sharedEnd} (pass the longest of charts shown
     * together so they share a scale; 0 for this one's own end), with the cursor at {@code now} (-1: none).
     */
    public void show(Waterfall waterfall, long sharedEnd, long now) {
        show(List.of(waterfall), -1, sharedEnd, now);
    }

    /**
     * Draws several waterfalls one under the other on one time axis (the same page over several protocols), each
     * under its title; group {@code focusGroup} is marked as the one the moment is about (-1: none).
     */
    public void show(List<Waterfall> newGroups, int focusGroup, long sharedEnd, long now) {
        if (!newGroups.equals(groups) || focusGroup != focus || sharedEnd != axisEnd || now != cursor) {
            groups = List.copyOf(newGroups);
            focus = focusGroup;
            axisEnd = sharedEnd;
            cursor = now;
            invalidateDrawing();
        }
    }

    /** The language of the chart's own words (headings, legend, tooltips) and numbers; English until a view sets it. */
    public void setLanguage(Locale language) {
        words = WidgetWords.of(language);
        invalidateDrawing();
    }

    /** Whether this chart draws the legend (charts side by side may leave it to one of them). */
    public void setLegendShown(boolean shown) {
        if (shown != legendShown) {
            legendShown = shown;
            invalidateDrawing();
        }
    }

    /**
     * Reveal, for teaching: bars, and the parts of bars, after the cursor are not drawn, nor the rows of requests
     * not yet begun; their places stay, so the rows do not move as the player steps on.
     */
    public void setHidesFuture(boolean hide) {
        if (hide != hidesFuture) {
            hidesFuture = hide;
            invalidateDrawing();
        }
    }

    /**
     * The height this chart needs at its current width for every row to be labelled (a parent gives it this
     * much when it can; below it, thin rows are labelled every n-th).
     */
    public javafx.beans.property.ReadOnlyDoubleProperty readableHeightProperty() {
        return readableHeight.getReadOnlyProperty();
    }

    /** The chart's type size in pixels (1 em; presentation mode enlarges it), for sizing what stands beside it. */
    public double typeSize() {
        return em();
    }

    /** The rows labelled in the last drawing, top to bottom: what a reader can name. */
    public List<String> labelledRows() {
        return labelled;
    }

    /**
     * The row as far as it has gone at {@code now}: its phases begun by then, the one under the cursor cut at it,
     * and its holds likewise; complete only if it completed by then. Reveal draws this instead of the whole row.
     */
    static WaterfallRow upTo(WaterfallRow r, long now) {
        List<Phase> past = new ArrayList<>();
        for (Phase p : r.phases()) {
            if (p.from() < now) {
                past.add(p.to() <= now ? p : new Phase(p.kind(), p.from(), now));
            }
        }
        List<WaterfallRow.Hold> held = r.held().stream().filter(h -> h.from() < now)
                .map(h -> new WaterfallRow.Hold(h.from(), Math.min(h.to(), now))).toList();
        return new WaterfallRow(r.label(), r.connection(), past, r.complete() && r.end() <= now, held);
    }

    private int rowCount() {
        return groups.stream().mapToInt(w -> w.rows().size()).sum();
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.max(super.computeMinHeight(width),
                (4 + groups.size()) * lineHeight() + WaterfallLayout.minimumRowsHeight(rowCount()));
    }

    @Override
    protected void draw() {
        labelled = new ArrayList<>();
        if (groups.isEmpty()) {
            readableHeight.set(0);
            return;
        }
        double em = em();
        double line = lineHeight();
        // thin margins: presenting at 1280x720 the strip under a diagram holds four labelled rows only just
        double top = 0.1 * em;
        if (legendShown) {
            top = legend(0.3 * em, getWidth() - 0.3 * em, top, em) + 0.2 * em;
        }
        double bottom = getHeight() - line - 0.15 * em;
        boolean manyConnections = groups.stream().anyMatch(w -> w.connections() > 1);
        double connWidth = manyConnections ? textWidth(words.get("waterfall.conn")) + 0.6 * em : 0;
        double labelWidth = Math.min(0.35 * getWidth(), groups.stream().flatMap(w -> w.rows().stream())
                .mapToDouble(r -> textWidth(r.label())).max().orElse(0));
        double left = 0.3 * em + connWidth + labelWidth + 0.6 * em;
        double right = getWidth() - 0.8 * em;
        // Every group's title takes a line; the rows share what is left, at one height throughout. The column
        // headings take a line only where rows can spare it (tooltips name the connection anyway).
        double titleLine = Math.max(line, titleHeight());
        double titles = groups.size() * titleLine;
        // every row a line high, under the legend and the titles, over the axis
        readableHeight.set(Math.ceil(getHeight() - (bottom - top - titles) + rowCount() * line) + 1);
        if (WaterfallLayout.of(rowCount(), 0, bottom - top - titles - line, line).stride() == 1) {
            if (manyConnections) {
                label(words.get("waterfall.conn"), "waterfall-header", 0.3 * em, top);
            }
            label(words.get("waterfall.request"), "waterfall-header", 0.3 * em + connWidth, top);
            top += line;
        }
        WaterfallLayout shared = WaterfallLayout.of(rowCount(), 0, bottom - top - titles, line);
        long end = TimeAxis.niceMax(Math.max(Math.max(axisEnd, groups.stream().mapToLong(Waterfall::end).max().orElse(0)),
                1_000_000));
        Columns columns = new Columns(left, (right - left) / end, connWidth);
        double rowsEnd = Math.min(bottom, top + titles + rowCount() * shared.rowHeight());
        axis(left, right, top, rowsEnd, end, columns.scale(), em);
        double y = top;
        List<double[]> spans = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Waterfall w = groups.get(g);
            Label title = label((g == focus ? "\u25B6 " : "") + w.title(), g == focus ? "waterfall-group-focus" : "chart-title",
                    0.3 * em, y);
            title.setMaxWidth(getWidth() - 0.6 * em);
            y += titleLine;
            WaterfallLayout layout = new WaterfallLayout(y, shared.rowHeight(), shared.stride());
            for (int i = 0; i < w.rows().size(); i++) {
                row(w.rows().get(i), layout, i, w.rows().size(), columns, em);
            }
            spans.add(new double[] {layout.rowTop(0), Math.min(rowsEnd, layout.rowTop(w.rows().size()))});
            y = layout.rowTop(w.rows().size());
        }
        if (cursor >= 0) {
            double x = left + Math.min(cursor, end) * columns.scale();
            for (double[] span : spans) { // across the rows, not over the groups' titles
                Line c = new Line(x, span[0], x, span[1]);
                c.getStyleClass().add("waterfall-cursor");
                getChildren().add(c);
            }
        }
    }

    /** A group title's height: bold, it may stand a little taller than a row label's line. */
    private double titleHeight() {
        double h = 0;
        for (String style : new String[] {"chart-title", "waterfall-group-focus"}) {
            Label probe = new Label("HTTP/2");
            probe.getStyleClass().add(style);
            getChildren().add(probe);
            probe.applyCss();
            h = Math.max(h, probe.prefHeight(-1));
            getChildren().remove(probe);
        }
        return h;
    }

    private double textWidth(String text) {
        Label probe = new Label(text);
        probe.getStyleClass().add("waterfall-label");
        getChildren().add(probe);
        probe.applyCss();
        double w = probe.prefWidth(-1);
        getChildren().remove(probe);
        return w;
    }

    private void row(WaterfallRow whole, WaterfallLayout layout, int i, int rowCount, Columns c, double em) {
        boolean revealing = hidesFuture; // with no cursor yet (before the load), nothing has begun
        WaterfallRow r = revealing ? upTo(whole, cursor) : whole;
        double y = layout.rowTop(i);
        double h = layout.rowHeight();
        if (y + h > getHeight()) {
            return;
        }
        // Rows as tall as a line get their label centred; thinner rows, labelled every stride-th, get it from their
        // top down over the rows it stands for, and only where it ends above the group's last row.
        boolean centred = layout.stride() == 1;
        double ly = centred ? y + h / 2 - lineHeight() / 2 : y;
        boolean begun = !revealing || whole.start() <= cursor;
        if (begun && layout.labelled(i) && (centred || ly + lineHeight() <= layout.rowTop(rowCount) + 0.5)) {
            labelled.add(r.label());
            if (c.connWidth() > 0) {
                label(Integer.toString(r.connection()), "waterfall-label", 0.3 * em, ly);
            }
            Label l = label(r.label(), "waterfall-label", 0.3 * em + c.connWidth(), ly);
            l.setMaxWidth(c.left() - 0.9 * em - c.connWidth());
            l.resize(Math.min(l.getWidth(), l.getMaxWidth()), l.getHeight());
        }
        for (Phase p : r.phases()) {
            double share = switch (p.kind()) {
                case QUEUED, STALLED -> 0.3;
                case DNS, CONNECT, TLS -> 0.6;
                default -> 0.9;
            };
            double bh = Math.max(1, h * share);
            Rectangle bar = new Rectangle(c.left() + p.from() * c.scale(), y + (h - bh) / 2, Math.max(1, p.duration() * c.scale()), bh);
            bar.getStyleClass().addAll("waterfall-phase", styleClass(p.kind()));
            bar.setMouseTransparent(true);
            getChildren().add(bar);
        }
        for (WaterfallRow.Hold hold : r.held()) {
            Rectangle held = new Rectangle(c.left() + hold.from() * c.scale(), y, Math.max(1, (hold.to() - hold.from()) * c.scale()), h);
            held.getStyleClass().add("waterfall-held");
            held.setMouseTransparent(true);
            getChildren().add(held);
        }
        if (!begun) {
            return; // nothing to point at yet
        }
        Rectangle hover = new Rectangle(0, y, getWidth(), h);
        hover.getStyleClass().add("waterfall-row-hover");
        Tooltip tip = new Tooltip(tooltip(r, words));
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(hover, tip);
        getChildren().add(hover);
    }

    /** Each phase's milliseconds, as DevTools' Timing tab lists them. */
    static String tooltip(WaterfallRow r) {
        return tooltip(r, WidgetWords.ENGLISH);
    }

    private static String tooltip(WaterfallRow r, WidgetWords words) {
        StringBuilder b = new StringBuilder(r.label()).append("  ")
                .append(words.get("waterfall.tip.connection", Integer.toString(r.connection())));
        for (Phase p : r.phases()) {
            b.append('\n').append(phase(p.kind(), words)).append(": ").append(ms(p.duration(), words));
        }
        for (WaterfallRow.Hold h : r.held()) {
            b.append('\n').append(words.get("waterfall.tip.held", ms(h.to() - h.from(), words)));
        }
        b.append('\n').append(r.complete() ? words.get("waterfall.tip.total", ms(r.end() - r.start(), words))
                : words.get("waterfall.tip.incomplete"));
        return b.toString();
    }

    /** A phase's name as DevTools gives it ({@link Phase.Kind#label()} in English). */
    private static String phase(Phase.Kind kind, WidgetWords words) {
        return words.get("waterfall.phase." + kind.name());
    }

    private static String ms(long nanos, WidgetWords words) {
        return words.units().fixed(nanos / 1e6, 1) + " ms";
    }

    static String styleClass(Phase.Kind kind) {
        return "waterfall-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** A swatch and a name for every kind the rows use, wrapped to the width; returns the bottom. */
    private double legend(double x0, double right, double y, double em) {
        Set<Phase.Kind> used = EnumSet.noneOf(Phase.Kind.class);
        boolean held = false;
        for (WaterfallRow r : groups.stream().flatMap(w -> w.rows().stream()).toList()) {
            r.phases().forEach(p -> used.add(p.kind()));
            held |= !r.held().isEmpty();
        }
        List<String[]> entries = new ArrayList<>();
        used.forEach(k -> entries.add(new String[] {phase(k, words), styleClass(k)}));
        if (held) {
            entries.add(new String[] {words.get("waterfall.held"), "waterfall-held"});
        }
        double line = 0;
        double x = x0;
        for (String[] e : entries) {
            Label l = label(e[0], "waterfall-legend", 0, 0);
            line = l.getHeight(); // the legend's own, smaller, line
            double w = 1.5 * em + l.getWidth();
            if (x > x0 && x + w > right) {
                x = x0;
                y += line;
            }
            Rectangle swatch = new Rectangle(x, y + 0.2 * line, 1.2 * em, 0.6 * line);
            swatch.getStyleClass().addAll("waterfall-phase", e[1]);
            getChildren().add(swatch);
            l.relocate(x + 1.5 * em, y);
            x += w + 0.8 * em;
        }
        return y + line;
    }

    private void axis(double left, double right, double top, double bottom, long end, double scale, double em) {
        Line base = new Line(left, bottom, right, bottom);
        base.getStyleClass().add("chart-axis");
        getChildren().add(base);
        int wanted = Math.max(2, (int) ((right - left) / (6 * em)));
        for (long t : TimeAxis.ticks(end, wanted)) {
            double x = left + t * scale;
            Line grid = new Line(x, top, x, bottom);
            grid.getStyleClass().add("chart-grid");
            getChildren().add(grid);
            Label tick = label(words.decimals(TimeAxis.label(t)), "chart-tick", 0, bottom + 0.1 * em);
            tick.relocate(Math.max(0, Math.min(getWidth() - tick.getWidth(), x - tick.getWidth() / 2)), bottom + 0.1 * em);
        }
    }
}
