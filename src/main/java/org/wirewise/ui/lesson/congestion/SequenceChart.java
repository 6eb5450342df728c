package org.wirewise.ui.lesson.congestion;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Subscription;
import org.wirewise.model.congestion.FlowSequence;

/**
 * One flow's tcptrace (Stevens) graph on a Canvas, on the view's shared {@link XRange}: sequence
 * number against time, segments as vertical bars (red when sent again), the ACK line, the ACK +
 * cwnd line above it and drops as crosses. Decimated to the pixel columns ({@link SequenceColumns});
 * zoomed in far enough, each segment is tcptrace's I-beam. The y axis fits what is visible, so
 * zooming into time zooms into sequence space too. Under reveal nothing after the player's time is drawn.
 */
final class SequenceChart extends Region {

    /** Legend: what each mark means, in the order drawn (their words in congestion-views.properties). */
    private static final String[] KEYS = {"data", "resent", "ack", "window", "dropped"};

    private final Canvas canvas = new Canvas();
    private final XRange range;
    private final Subscription rangeSubscription;
    private final Region axis = SeriesChart.probe("chart-axis");
    private final Region grid = SeriesChart.probe("chart-grid");
    private final Region[] marks = {SeriesChart.probe("seq-data"), SeriesChart.probe("seq-resent"),
        SeriesChart.probe("seq-ack"), SeriesChart.probe("seq-window"), SeriesChart.probe("seq-drop")};
    private final Label typeProbe = new Label("x");
    private FlowSequence flow;
    private SequenceBlocks blocks;
    private String title = "";
    private double cursor = -1;
    private boolean reveal;
    private boolean dirty = true;
    private double plotLeft;
    private double plotRight = 1;
    private SequenceColumns shown;

    private final CongestionWords words;

    SequenceChart(XRange range, CongestionWords words) {
        this.range = range;
        this.words = words;
        getStyleClass().addAll("series-chart", "sequence-chart");
        typeProbe.setManaged(false);
        typeProbe.setVisible(false);
        getChildren().addAll(canvas, axis, grid, typeProbe);
        getChildren().addAll(marks);
        setMinSize(0, 0);
        setFocusTraversable(true);
        rangeSubscription = range.visibleProperty().subscribe(this::markDirty);
        axis.backgroundProperty().addListener((o, was, now) -> markDirty());
        ChartInput.install(this, range, this::xAt, () -> Math.max(1, plotRight - plotLeft));
    }

    /** The flow to draw and the chart's title (its name). */
    void setFlow(FlowSequence newFlow, String newTitle) {
        flow = newFlow;
        blocks = SequenceBlocks.of(newFlow);
        title = newTitle;
        markDirty();
    }

    String title() {
        return title;
    }

    /** The time range it shares with the view's other charts. */
    XRange range() {
        return range;
    }

    void setReveal(boolean on) {
        reveal = on;
        markDirty();
    }

    /** The player's time in seconds; negative hides the cursor. */
    void setCursor(double seconds) {
        cursor = seconds;
        markDirty();
    }

    /** What the last frame drew, per pixel column (tests read it). */
    SequenceColumns shown() {
        return shown;
    }

    /** The columns for a plot {@code width} pixels wide, at the range and cursor now. */
    SequenceColumns columns(int width) {
        XRange.Span s = range.visible();
        long from = Math.round(s.lo() * 1e9);
        long to = Math.round(s.hi() * 1e9);
        long until = reveal && cursor >= 0 ? Math.round(cursor * 1e9) : to;
        return SequenceColumns.of(flow, blocks, from, to, until, width);
    }

    /** The hover read-out at a pixel column: its time, the ACK line there and what was sent in the column. */
    String valuesAt(double px) {
        double t = xAt(px);
        StringBuilder sb = new StringBuilder(String.format(words.language(), "t (s) = %.3f", t));
        if (flow == null || shown == null || reveal && cursor >= 0 && t > cursor) {
            return sb.toString();
        }
        int ack = flow.firstAckFrom(Math.round(t * 1e9) + 1) - 1;
        if (ack >= 0) {
            sb.append("   ").append(words.get("readout.ack", words.units().grouped(flow.ackBytes(ack)),
                    words.units().grouped(flow.windowEdge(ack))));
        }
        int c = (int) Math.max(0, Math.min(shown.columns - 1, px - plotLeft));
        if (shown.hasData(c)) {
            sb.append("   ").append(words.get("readout.sent", words.units().grouped(shown.dataLow[c]),
                    words.units().grouped(shown.dataHigh[c])));
        }
        if (shown.hasResent(c)) {
            sb.append("   ").append(words.get("readout.resent", words.units().grouped(shown.resentLow[c]),
                    words.units().grouped(shown.resentHigh[c])));
        }
        return sb.toString();
    }

    double xAt(double px) {
        XRange.Span s = range.visible();
        return s.lo() + (px - plotLeft) / Math.max(1, plotRight - plotLeft) * s.width();
    }

    private void markDirty() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (SeriesChart.fitCanvas(canvas, this) | dirty) {
            dirty = false;
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (flow == null || w < 60 || h < 60) {
            return;
        }
        typeProbe.applyCss();
        double fs = typeProbe.getFont().getSize();
        Paint fg = SeriesChart.fill(axis, Color.GRAY);
        Paint[] colours = new Paint[marks.length];
        for (int i = 0; i < marks.length; i++) {
            colours[i] = SeriesChart.fill(marks[i], Color.BLUE);
        }
        g.setFont(Font.font(fs));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        double top = legend(g, colours, fg, fs, w) + fs * 0.6;
        plotLeft = fs * 5.5;
        plotRight = w - fs * 1.5;
        double bottom = h - fs * 1.8;
        if (bottom - top < fs * 2) {
            return;
        }
        shown = columns((int) Math.max(1, plotRight - plotLeft));
        long span = Math.max(1, shown.high - shown.low);
        double yStep = Ticks.step(span * 1.04, (int) Math.max(2, Math.min(6, (bottom - top) / (fs * 2.2))));
        double yLo = Math.floor(shown.low / yStep) * yStep;
        double yHi = Math.max(yLo + yStep, Math.ceil(shown.high / yStep) * yStep);
        Scale sc = new Scale(plotLeft, plotRight, top, bottom, range.visible(), yLo, yHi);
        axes(g, sc, fs, fg, yStep);
        plot(g, sc, colours, fs);
        if (cursor >= 0 && range.visible().contains(cursor)) {
            double x = sc.x(cursor);
            g.setStroke(fg);
            g.setLineWidth(Math.max(1, fs / 10));
            g.setLineDashes(fs / 3, fs / 3);
            g.strokeLine(x, top, x, bottom);
            g.setLineDashes(null);
        }
    }

    /** The title, then the key on the same row, wrapped to the width; returns where it ends. */
    private double legend(GraphicsContext g, Paint[] colours, Paint fg, double fs, double w) {
        g.setFill(fg);
        g.fillText(title, fs * 0.3, 2);
        double x = fs * 0.3 + textWidth(title, fs) + fs * 1.5;
        double y = 2;
        for (int i = 0; i < KEYS.length; i++) {
            String text = words.get("sequence.key." + KEYS[i]);
            double width = fs * 1.8 + textWidth(text, fs) + fs * 1.2;
            if (x > fs && x + width > w) {
                x = fs * 0.3;
                y += fs * 1.4;
            }
            g.setStroke(colours[i]);
            g.setLineWidth(fs / 5);
            double mid = y + fs * 0.6;
            if (i == KEYS.length - 1) {
                cross(g, x + fs * 0.7, mid, fs * 0.35);
            } else {
                g.strokeLine(x, mid, x + fs * 1.4, mid);
            }
            g.setFill(fg);
            g.fillText(text, x + fs * 1.8, y);
            x += width;
        }
        return y + fs * 1.4;
    }

    private static double textWidth(String text, double fs) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(Font.font(fs));
        return t.getLayoutBounds().getWidth();
    }

    private void axes(GraphicsContext g, Scale sc, double fs, Paint fg, double yStep) {
        g.setStroke(SeriesChart.fill(grid, Color.LIGHTGRAY));
        g.setLineWidth(1);
        g.setFill(fg);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v = sc.yLo; v <= sc.yHi + yStep * 1e-6; v += yStep) {
            double y = sc.y(v);
            g.strokeLine(sc.left, y, sc.right, y);
            g.fillText(bytes(v, sc.yHi, yStep, words), sc.left - 4, y);
        }
        XRange.Span s = sc.time;
        double xStep = Ticks.step(s.width(), (int) Math.max(2, Math.min(8, (sc.right - sc.left) / (fs * 7))));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double v = Math.ceil(s.lo() / xStep) * xStep; v <= s.hi() + 1e-9 * xStep; v += xStep) {
            double x = sc.x(v);
            g.strokeLine(x, sc.top, x, sc.bottom);
            g.fillText(words.tick(v, xStep) + " s", x, sc.bottom + 3);
        }
        g.setStroke(fg);
        g.strokeLine(sc.left, sc.top, sc.left, sc.bottom);
        g.strokeLine(sc.left, sc.bottom, sc.right, sc.bottom);
    }

    /** A sequence number as the axis shows it: bytes, kB or MB (decimal, by the axis's top), with the step's decimals. */
    static String bytes(double v, double top, double step, CongestionWords words) {
        double unit = top >= 10e6 ? 1e6 : top >= 10e3 ? 1e3 : 1;
        return words.tick(v / unit, step / unit) + (unit == 1e6 ? " MB" : unit == 1e3 ? " kB" : " B");
    }

    private void plot(GraphicsContext g, Scale sc, Paint[] colours, double fs) {
        SequenceColumns c = shown;
        double lw = Math.max(1, fs / 8);
        // The ACK + cwnd line first, under the rest; then the ACK line as a step line.
        g.setLineWidth(lw * 1.5);
        g.setStroke(colours[3]);
        line(g, sc, c, true);
        g.setStroke(colours[2]);
        line(g, sc, c, false);
        g.setLineWidth(lw);
        boolean beams = c.segments > 0 && c.segments * 3 < c.columns;
        if (beams) {
            beams(g, sc, colours, fs);
        } else {
            for (int i = 0; i < c.columns; i++) {
                double x = sc.left + i + 0.5;
                if (c.hasData(i)) {
                    g.setStroke(colours[0]);
                    g.strokeLine(x, sc.y(c.dataLow[i]), x, Math.min(sc.y(c.dataLow[i]) - 1, sc.y(c.dataHigh[i])));
                }
            }
            g.setLineWidth(lw * 2);
            for (int i = 0; i < c.columns; i++) {
                double x = sc.left + i + 0.5;
                if (c.hasResent(i)) {
                    g.setStroke(colours[1]);
                    g.strokeLine(x, sc.y(c.resentLow[i]), x, Math.min(sc.y(c.resentLow[i]) - 2, sc.y(c.resentHigh[i])));
                }
            }
        }
        g.setStroke(colours[4]);
        g.setLineWidth(lw * 1.2);
        double r = fs * 0.3;
        // A slow start's overshoot drops a thousand copies in a few pixels: a cross is drawn only
        // where it does not cover the last one, so the band stays a row of crosses, not a smear.
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < c.lossTime.length; i++) {
            double x = sc.x(c.lossTime[i] / 1e9);
            double y = sc.y(c.lossStart[i] + flow.mss() / 2.0);
            if (Math.abs(x - lastX) < r && Math.abs(y - lastY) < r) {
                continue;
            }
            cross(g, x, y, r);
            lastX = x;
            lastY = y;
        }
    }

    /** Few segments in view: each is an I-beam from its first to its last byte, as tcptrace draws it. */
    private void beams(GraphicsContext g, Scale sc, Paint[] colours, double fs) {
        XRange.Span s = sc.time;
        long to = Math.round(Math.min(s.hi(), reveal && cursor >= 0 ? cursor : s.hi()) * 1e9);
        double cap = fs * 0.3;
        for (int i = flow.firstSendFrom(Math.round(s.lo() * 1e9)); i < flow.sendCount() && flow.sendTime(i) <= to; i++) {
            boolean again = flow.retransmission(i);
            g.setStroke(colours[again ? 1 : 0]);
            double x = sc.x(flow.sendTime(i) / 1e9);
            double y1 = sc.y(flow.sendStart(i));
            double y2 = Math.min(y1 - 2, sc.y(flow.sendEnd(i)));
            g.strokeLine(x, y1, x, y2);
            g.strokeLine(x - cap, y1, x + cap, y1);
            g.strokeLine(x - cap, y2, x + cap, y2);
        }
    }

    /** The ACK line (a step up at each column's ACKs) or the ACK + cwnd line (its range in each column). */
    private static void line(GraphicsContext g, Scale sc, SequenceColumns c, boolean window) {
        double[] xs = new double[c.columns * 4];
        double[] ys = new double[c.columns * 4];
        int n = 0;
        for (int i = 0; i < c.columns; i++) {
            double x = sc.left + i + 0.5;
            if (window) {
                if (c.windowLast[i] < 0 || !c.hasWindow(i)) {
                    continue;
                }
                xs[n] = x;
                ys[n++] = sc.y(c.windowLow[i]);
                xs[n] = x;
                ys[n++] = sc.y(c.windowHigh[i]);
                xs[n] = x;
                ys[n++] = sc.y(c.windowLast[i]);
            } else {
                if (c.ackAfter[i] < 0) {
                    continue;
                }
                xs[n] = x;
                ys[n++] = sc.y(c.ackBefore[i] < 0 ? c.ackAfter[i] : c.ackBefore[i]);
                xs[n] = x;
                ys[n++] = sc.y(c.ackAfter[i]);
            }
        }
        g.strokePolyline(xs, ys, n);
    }

    private static void cross(GraphicsContext g, double x, double y, double r) {
        g.strokeLine(x - r, y - r, x + r, y + r);
        g.strokeLine(x - r, y + r, x + r, y - r);
    }

    void dispose() {
        rangeSubscription.unsubscribe();
    }

    /** Time (s) to x and sequence number to y in the plot. */
    private record Scale(double left, double right, double top, double bottom, XRange.Span time, double yLo,
                         double yHi) {
        double x(double seconds) {
            return left + (right - left) * (seconds - time.lo()) / time.width();
        }

        double y(double seq) {
            return bottom - (bottom - top) * (seq - yLo) / (yHi - yLo);
        }
    }
}
