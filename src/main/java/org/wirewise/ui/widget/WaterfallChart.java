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
 * the left), each phase a bar on one time axis from 0, the moment shown as a dashed cursor. Kinds
 * differ by height and pattern as well as colour (waiting thin, setup half height, TTFB hollow,
 * download solid; TLS and stalls striped), and the legend names them, so colour is not the only cue;
 * stretches held up behind a lost packet are drawn over the bars, cross-hatched. Hovering a row
 * shows each phase's milliseconds. Several charts drawn with the same axis end compare at a glance.
 */
public final class WaterfallChart extends DrawnPane {

    private Waterfall waterfall;
    private long axisEnd;
    private long cursor = -1;
    private boolean legendShown = true;

    public WaterfallChart() {
        getStyleClass().add("waterfall-chart");
        getStylesheets().add(WaterfallChart.class.getResource("waterfall.css").toExternalForm());
        setMinSize(220, 120);
        setPrefSize(640, 420); // the drawing fills what it is given, its children never size it
    }

    /**
     * Draws {@code newWaterfall} on an axis from 0 to at least {@code sharedEnd} (pass the longest of charts shown
     * together so they share a scale; 0 for this one's own end), with the cursor at {@code now} (-1: none).
     */
    public void show(Waterfall newWaterfall, long sharedEnd, long now) {
        if (newWaterfall != waterfall || sharedEnd != axisEnd || now != cursor) {
            waterfall = newWaterfall;
            axisEnd = sharedEnd;
            cursor = now;
            invalidateDrawing();
        }
    }

    /** Whether this chart draws the legend (charts side by side may leave it to one of them). */
    public void setLegendShown(boolean shown) {
        if (shown != legendShown) {
            legendShown = shown;
            invalidateDrawing();
        }
    }

    @Override
    protected double computeMinHeight(double width) {
        int rows = waterfall == null ? 0 : waterfall.rows().size();
        return Math.max(super.computeMinHeight(width), 5 * lineHeight() + WaterfallLayout.minimumRowsHeight(rows));
    }

    @Override
    protected void draw() {
        if (waterfall == null) {
            return;
        }
        double em = em();
        double line = lineHeight();
        List<WaterfallRow> rows = waterfall.rows();
        label(waterfall.title(), "chart-title", 0.3 * em, 0);
        double top = line + 0.2 * em;
        if (legendShown) {
            top = legend(0.3 * em, getWidth() - 0.3 * em, top, em) + 0.3 * em;
        }
        double bottom = getHeight() - line - 0.3 * em;
        double connWidth = waterfall.connections() > 1 ? label("conn", "waterfall-header", 0.3 * em, top).getWidth() + 0.6 * em : 0;
        double labelWidth = Math.min(0.35 * getWidth(), rows.stream().mapToDouble(r -> textWidth(r.label())).max().orElse(0));
        double left = 0.3 * em + connWidth + labelWidth + 0.6 * em;
        double right = getWidth() - 0.8 * em;
        label("request", "waterfall-header", 0.3 * em + connWidth, top);
        top += line;
        WaterfallLayout layout = WaterfallLayout.of(rows.size(), top, bottom, line);
        long end = TimeAxis.niceMax(Math.max(Math.max(axisEnd, waterfall.end()), 1_000_000));
        double scale = (right - left) / end;
        axis(left, right, top, Math.min(bottom, layout.rowTop(rows.size())), end, scale, em);
        for (int i = 0; i < rows.size(); i++) {
            row(rows.get(i), layout, i, rows.size(), left, scale, connWidth, em);
        }
        if (cursor >= 0) {
            double x = left + Math.min(cursor, end) * scale;
            Line c = new Line(x, top, x, Math.min(bottom, layout.rowTop(rows.size())));
            c.getStyleClass().add("waterfall-cursor");
            getChildren().add(c);
        }
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

    private void row(WaterfallRow r, WaterfallLayout layout, int i, int rowCount, double left, double scale, double connWidth, double em) {
        double y = layout.rowTop(i);
        double h = layout.rowHeight();
        if (y + h > getHeight()) {
            return;
        }
        // Rows as tall as a line get their label centred; thinner rows, labelled every stride-th, get it from their
        // top down over the rows it stands for, and only where it ends above the rows' end (the axis labels).
        boolean centred = layout.stride() == 1;
        double ly = centred ? y + h / 2 - lineHeight() / 2 : y;
        if (layout.labelled(i) && (centred || ly + lineHeight() <= layout.rowTop(rowCount) + 0.5)) {
            if (connWidth > 0) {
                label(Integer.toString(r.connection()), "waterfall-label", 0.3 * em, ly);
            }
            Label l = label(r.label(), "waterfall-label", 0.3 * em + connWidth, ly);
            l.setMaxWidth(left - 0.9 * em - connWidth);
            l.resize(Math.min(l.getWidth(), l.getMaxWidth()), l.getHeight());
        }
        for (Phase p : r.phases()) {
            double share = switch (p.kind()) {
                case QUEUED, STALLED -> 0.3;
                case DNS, CONNECT, TLS -> 0.6;
                default -> 0.9;
            };
            double bh = Math.max(1, h * share);
            Rectangle bar = new Rectangle(left + p.from() * scale, y + (h - bh) / 2, Math.max(1, p.duration() * scale), bh);
            bar.getStyleClass().addAll("waterfall-phase", styleClass(p.kind()));
            bar.setMouseTransparent(true);
            getChildren().add(bar);
        }
        for (WaterfallRow.Hold hold : r.held()) {
            Rectangle held = new Rectangle(left + hold.from() * scale, y, Math.max(1, (hold.to() - hold.from()) * scale), h);
            held.getStyleClass().add("waterfall-held");
            held.setMouseTransparent(true);
            getChildren().add(held);
        }
        Rectangle hover = new Rectangle(0, y, getWidth(), h);
        hover.getStyleClass().add("waterfall-row-hover");
        Tooltip tip = new Tooltip(tooltip(r));
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(hover, tip);
        getChildren().add(hover);
    }

    /** Each phase's milliseconds, as DevTools' Timing tab lists them. */
    static String tooltip(WaterfallRow r) {
        StringBuilder b = new StringBuilder(r.label()).append("  (connection ").append(r.connection()).append(')');
        for (Phase p : r.phases()) {
            b.append('\n').append(p.kind().label()).append(": ").append(ms(p.duration()));
        }
        for (WaterfallRow.Hold h : r.held()) {
            b.append("\nHeld up behind a lost packet: ").append(ms(h.to() - h.from()));
        }
        b.append(r.complete() ? "\nTotal: " + ms(r.end() - r.start()) : "\nNot completed");
        return b.toString();
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    static String styleClass(Phase.Kind kind) {
        return "waterfall-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** A swatch and a name for every kind the rows use, wrapped to the width; returns the bottom. */
    private double legend(double x0, double right, double y, double em) {
        Set<Phase.Kind> used = EnumSet.noneOf(Phase.Kind.class);
        boolean held = false;
        for (WaterfallRow r : waterfall.rows()) {
            r.phases().forEach(p -> used.add(p.kind()));
            held |= !r.held().isEmpty();
        }
        List<String[]> entries = new ArrayList<>();
        used.forEach(k -> entries.add(new String[] {k.label(), styleClass(k)}));
        if (held) {
            entries.add(new String[] {"Held up (lost packet)", "waterfall-held"});
        }
        double line = lineHeight();
        double x = x0;
        for (String[] e : entries) {
            Label l = label(e[0], "waterfall-legend", 0, 0);
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
            Label tick = label(TimeAxis.label(t), "chart-tick", 0, bottom + 0.1 * em);
            tick.relocate(Math.max(0, Math.min(getWidth() - tick.getWidth(), x - tick.getWidth() / 2)), bottom + 0.1 * em);
        }
    }
}
