package org.wirewise.ui.lesson.congestion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Subscription;
import org.wirewise.model.congestion.Phase;

/**
 * A line chart on a Canvas showing the shared {@link XRange}: only the visible samples are
 * decimated (LTTB, one or two points per pixel column), the y axis fits the visible values, and
 * changes only mark the chart dirty: it redraws once, on the next layout pulse. Colours come from
 * the theme through styled probe regions.
 */
public final class SeriesChart extends Region {

    private final Canvas canvas = new Canvas();
    private final XRange range;
    private final Subscription rangeSubscription;
    private final Region[] palette = new Region[6];
    private final Region axis = probe("chart-axis");
    private final Region grid = probe("chart-grid");
    private final Region danger = probe("chart-loss");
    /** Follows the theme's type size (presentation mode enlarges it); the canvas text uses its size. */
    private final javafx.scene.control.Label typeProbe = new javafx.scene.control.Label("x");
    private final PhaseRibbon ribbon = new PhaseRibbon();
    private final List<ChartLine> lines = new ArrayList<>();
    private String title;
    private String unit = "s";
    private double cursor = -1;
    private boolean reveal;
    private LongConsumer drawTimes = ns -> { };
    private boolean dirty = true;
    private double[] bufX = new double[0];
    private double[] bufY = new double[0];
    private double plotLeft;
    private double plotRight = 1;

    private final CongestionWords words;

    /** A chart whose read-out and ticks are in English. */
    public SeriesChart(String title, XRange range) {
        this(title, range, CongestionWords.ENGLISH);
    }

    /** A chart whose read-out, phase names and ticks are in {@code words}' language. */
    SeriesChart(String title, XRange range, CongestionWords words) {
        this.words = words;
        this.title = title;
        this.range = range;
        getStyleClass().add("series-chart");
        for (int i = 0; i < palette.length; i++) {
            palette[i] = probe("series-" + i);
        }
        typeProbe.setManaged(false);
        typeProbe.setVisible(false);
        getChildren().addAll(canvas, axis, grid, danger, typeProbe);
        getChildren().addAll(palette);
        getChildren().addAll(ribbon.probes());
        setMinSize(0, 0);
        setFocusTraversable(true);
        rangeSubscription = range.visibleProperty().subscribe(this::markDirty);
        // A theme switch restyles the probes: redraw with the new colours.
        axis.backgroundProperty().addListener((o, was, now) -> markDirty());
        ChartInput.install(this, range);
    }

    /** An invisible, unmanaged region whose style class gives a colour from the theme's stylesheet. */
    static Region probe(String style) {
        Region r = new Region();
        r.getStyleClass().add(style);
        r.setManaged(false);
        r.setVisible(false);
        return r;
    }

    public void setLines(List<ChartLine> newLines, String xUnit) {
        unit = xUnit;
        lines.clear();
        lines.addAll(newLines);
        markDirty();
    }

    List<ChartLine> lines() {
        return lines;
    }

    String unit() {
        return unit;
    }

    public void setTitle(String newTitle) {
        title = newTitle;
        markDirty();
    }

    String title() {
        return title;
    }

    /** Reveal: lines, loss marks and phase ribbons stop at the player's time (per round, there is none). */
    public void setReveal(boolean on) {
        if (on != reveal) {
            reveal = on;
            markDirty();
        }
    }

    /** The right edge of the visible time. */
    double visibleEnd() {
        return range.visible().hi();
    }

    /** Where the runs are drawn up to: the player's time under reveal, else the right edge of the view. */
    double drawnTo() {
        XRange.Span s = range.visible();
        return reveal && cursor >= 0 ? Math.max(s.lo(), Math.min(s.hi(), cursor)) : s.hi();
    }

    /** The player's time as a dashed line; negative hides it. */
    public void setCursor(double x) {
        if (x != cursor) {
            cursor = x;
            markDirty();
        }
    }

    /** Called with each redraw's duration in nanoseconds (the chart benchmark listens). */
    public void setDrawTimes(LongConsumer listener) {
        drawTimes = listener;
    }

    /** The largest value any line reaches inside the visible x range. */
    double visibleMaxY() {
        XRange.Span s = range.visible();
        double max = 0;
        for (ChartLine l : lines) {
            int[] w = l.window(s.lo(), s.hi());
            max = Math.max(max, l.maxY(w[0], w[1]));
        }
        return max;
    }

    /** The x value under a pixel column of this chart. */
    double xAt(double px) {
        XRange.Span s = range.visible();
        return s.lo() + (px - plotLeft) / Math.max(1, plotRight - plotLeft) * s.width();
    }

    double plotWidth() {
        return Math.max(1, plotRight - plotLeft);
    }

    /** Each line's value (and phase) nearest the pixel column, for the hover read-out. */
    public String valuesAt(double px) {
        double t = xAt(px);
        StringBuilder sb = new StringBuilder(String.format(words.language(), "%s = %.3f", unit.equals("s") ? "t (s)" : unit, t));
        for (ChartLine l : lines) {
            int i = l.nearest(t);
            if (i >= 0) {
                sb.append(String.format(words.language(), "   %s: %.1f", l.label, l.y[i]));
                Phase p = l.phases == null ? null : l.phases.at(l.x[i]);
                if (p != null) {
                    sb.append(" (").append(words.phase(p)).append(')');
                }
            }
        }
        return sb.toString();
    }

    void markDirty() {
        dirty = true;
        requestLayout();
    }

    /** Sizes the canvas to its chart; returns whether it changed (then the chart must redraw). */
    static boolean fitCanvas(Canvas canvas, Region chart) {
        if (canvas.getWidth() == chart.getWidth() && canvas.getHeight() == chart.getHeight()) {
            return false;
        }
        canvas.setWidth(chart.getWidth());
        canvas.setHeight(chart.getHeight());
        return true;
    }

    @Override
    protected void layoutChildren() {
        if (fitCanvas(canvas, this) | dirty) {
            dirty = false;
            long start = System.nanoTime();
            draw();
            drawTimes.accept(System.nanoTime() - start);
        }
    }

    private double fontSize() {
        typeProbe.applyCss();
        return typeProbe.getFont().getSize();
    }

    /** The colour a {@link #probe} was styled with, or the fallback before CSS has been applied. */
    static Paint fill(Region r, Paint fallback) {
        if (r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
            return r.getBackground().getFills().get(0).getFill();
        }
        return fallback;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < 40 || h < 40) {
            return;
        }
        double fs = fontSize();
        Paint fg = fill(axis, Color.GRAY);
        int ribbons = PhaseRibbon.count(lines);
        double row = Math.min(fs * 0.75, h * 0.25 / Math.max(1, ribbons));
        plotLeft = fs * 4;
        plotRight = w - fs * 2;
        double top = fs * 1.8;
        double bottom = h - fs * 1.8 - ribbons * row;
        if (bottom - top < fs * 2) {
            return;
        }
        XRange.Span s = range.visible();
        double ySpan = Math.max(1, visibleMaxY() * 1.08);
        double yStep = Ticks.step(ySpan, (int) Math.max(1, Math.min(5, (bottom - top) / (fs * 2.2))));
        ySpan = Math.ceil(ySpan / yStep - 1e-9) * yStep; // the top gridline is a labelled round value
        double xStep = Ticks.step(s.width(), (int) Math.max(2, Math.min(8, (plotRight - plotLeft) / (fs * 7))));
        g.setFont(Font.font(fs));
        g.setLineWidth(1);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(fg);
        g.fillText(title, plotLeft, 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(fill(grid, Color.LIGHTGRAY));
        for (double v = 0; v <= ySpan + yStep * 1e-6; v += yStep) {
            double y = bottom - (bottom - top) * v / ySpan;
            g.strokeLine(plotLeft, y, plotRight, y);
            g.fillText(words.tick(v, yStep), plotLeft - 4, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double v = Math.ceil(s.lo() / xStep) * xStep; v <= s.hi() + 1e-9 * xStep; v += xStep) {
            double x = plotLeft + (plotRight - plotLeft) * (v - s.lo()) / s.width();
            g.strokeLine(x, top, x, bottom);
            g.fillText(words.tick(v, xStep) + (unit.equals("s") ? " s" : ""), x, bottom + 3);
        }
        g.setStroke(fg);
        g.strokeLine(plotLeft, top, plotLeft, bottom);
        g.strokeLine(plotLeft, bottom, plotRight, bottom);
        Paint[] colours = new Paint[palette.length];
        for (int i = 0; i < palette.length; i++) {
            colours[i] = fill(palette[i], Color.BLUE);
        }
        drawLines(g, s, colours, fs, top, bottom, ySpan);
        double until = drawnTo();
        if (until > s.lo()) {
            ribbon.draw(g, lines, colours, s.lo(), until, plotLeft,
                    plotLeft + (plotRight - plotLeft) * (until - s.lo()) / s.width(), bottom + fs * 1.8, row);
        }
        if (cursor >= 0 && s.contains(cursor)) {
            double x = plotLeft + (plotRight - plotLeft) * (cursor - s.lo()) / s.width();
            g.setStroke(fg);
            g.setLineWidth(Math.max(1, fs / 10));
            g.setLineDashes(fs / 3, fs / 3);
            g.strokeLine(x, top, x, bottom + fs * 1.8 + ribbons * row);
            g.setLineDashes(null);
        }
    }

    private void drawLines(GraphicsContext g, XRange.Span s, Paint[] colours, double fs, double top, double bottom,
                           double ySpan) {
        int px = (int) Math.max(3, plotRight - plotLeft);
        if (bufX.length < px) {
            bufX = new double[px];
            bufY = new double[px];
        }
        double xScale = (plotRight - plotLeft) / s.width();
        double yScale = (bottom - top) / ySpan;
        Paint loss = fill(danger, Color.RED);
        g.setLineWidth(fs / 7);
        double until = drawnTo();
        if (until <= s.lo()) {
            return; // revealing, and nothing has happened yet in view
        }
        for (ChartLine l : lines) {
            // From the coarsest level with four points per pixel column in view, then LTTB to one per column.
            ChartLine.Level level = l.levelFor(s.lo(), until, 4 * px);
            int[] window = ChartLine.window(level, s.lo(), until);
            int m = Lttb.decimate(level.x(), level.y(), window[0], window[1], px, bufX, bufY);
            g.setStroke(colours[l.colour % colours.length]);
            g.setLineDashes(LineDashes.of(l.colour, fs / 7));
            clipEnds(m, s.lo(), until);
            for (int i = 0; i < m; i++) {
                bufX[i] = plotLeft + (bufX[i] - s.lo()) * xScale;
                bufY[i] = bottom - bufY[i] * yScale;
            }
            if (l.dots) {
                g.setFill(colours[l.colour % colours.length]);
                double r = fs / 6;
                for (int i = 0; i < m; i++) {
                    g.fillOval(bufX[i] - r, bufY[i] - r, 2 * r, 2 * r);
                }
            } else {
                // One canvas command for the whole line, not one per point.
                g.strokePolyline(bufX, bufY, m);
            }
            g.setLineDashes(null);
            g.setFill(loss);
            for (double t : l.marks) {
                if (s.contains(t) && t <= until) {
                    double x = plotLeft + (t - s.lo()) * xScale;
                    g.fillOval(x - fs / 4, top - fs / 4, fs / 2, fs / 2);
                }
            }
        }
    }

    /**
     * The window holds one sample beyond each edge so lines reach the axes; move those to the
     * edges (interpolating y). Cheaper than a clip, which the software renderer draws as a mask.
     */
    private void clipEnds(int m, double lo, double hi) {
        if (m >= 2 && bufX[0] < lo) {
            bufY[0] += (bufY[1] - bufY[0]) * (lo - bufX[0]) / (bufX[1] - bufX[0]);
            bufX[0] = lo;
        }
        if (m >= 2 && bufX[m - 1] > hi) {
            bufY[m - 1] = bufY[m - 2] + (bufY[m - 1] - bufY[m - 2]) * (hi - bufX[m - 2]) / (bufX[m - 1] - bufX[m - 2]);
            bufX[m - 1] = hi;
        }
    }

    /** Stops following the shared range. */
    public void dispose() {
        rangeSubscription.unsubscribe();
    }
}
