package org.wirewise.ui.lesson.congestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A line chart on a Canvas: each series is decimated to the pixel width with LTTB before drawing,
 * so a million samples stay interactive. Colours come from the theme through styled probe regions.
 */
final class SeriesChart extends Region {

    /** One line: x in seconds, y in the chart's unit, a palette slot and its marks (x of loss events). */
    record Line(String label, double[] x, double[] y, int n, int colour, double[] marks) {
    }

    private final Canvas canvas = new Canvas();
    private String title;
    private final Region[] palette = new Region[6];
    private final Region axis = new Region();
    /** Follows the theme's type size (presentation mode enlarges it); the canvas text uses its size. */
    private final javafx.scene.control.Label typeProbe = new javafx.scene.control.Label("x");
    private final Region danger = new Region();
    private final List<Line> lines = new ArrayList<>();
    private double xMax = 1;
    private double cursor = -1;
    private double[] bufX = new double[0];
    private double[] bufY = new double[0];

    SeriesChart(String title) {
        this.title = title;
        getStyleClass().add("series-chart");
        for (int i = 0; i < palette.length; i++) {
            palette[i] = probe("series-" + i);
        }
        axis.getStyleClass().add("chart-axis");
        danger.getStyleClass().add("chart-loss");
        getChildren().addAll(canvas, axis, danger, typeProbe);
        typeProbe.setManaged(false);
        typeProbe.setVisible(false);
        getChildren().addAll(palette);
        axis.setManaged(false);
        danger.setManaged(false);
        axis.setVisible(false);
        danger.setVisible(false);
        setMinSize(0, 0);
    }

    private Region probe(String style) {
        Region r = new Region();
        r.getStyleClass().add(style);
        r.setManaged(false);
        r.setVisible(false);
        return r;
    }

    private String unit = "s";

    void setLines(List<Line> newLines, double maxSeconds, String xUnit) {
        unit = xUnit;
        lines.clear();
        lines.addAll(newLines);
        xMax = Math.max(1e-9, maxSeconds);
        draw();
    }

    void setTitle(String newTitle) {
        title = newTitle;
    }

    void setCursor(double seconds) {
        cursor = seconds;
        draw();
    }

    /** The line value nearest x (seconds) for each line, for the hover read-out. */
    String valuesAt(double px) {
        double w = canvas.getWidth() - left() - fontSize() * 2;
        double t = (px - left()) / w * xMax;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s = %.3f", unit.equals("s") ? "t (s)" : unit, t));
        for (Line l : lines) {
            int i = nearest(l, t);
            if (i >= 0) {
                sb.append(String.format(Locale.ROOT, "   %s: %.1f", l.label(), l.y()[i]));
            }
        }
        return sb.toString();
    }

    private static int nearest(Line l, double t) {
        int lo = 0;
        int hi = l.n() - 1;
        if (hi < 0) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (l.x()[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private double fontSize() {
        typeProbe.applyCss();
        return typeProbe.getFont().getSize();
    }

    private double left() {
        return fontSize() * 4;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private Paint fill(Region r, Paint fallback) {
        r.applyCss();
        if (r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
            return r.getBackground().getFills().get(0).getFill();
        }
        return fallback;
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < 40 || h < 40) {
            return;
        }
        double fs = fontSize();
        Paint fg = fill(axis, Color.GRAY);
        double left = left();
        double top = fs * 1.8;
        double bottom = h - fs * 1.8;
        double right = w - fs * 2;
        double yMax = 1;
        for (Line l : lines) {
            for (int i = 0; i < l.n(); i++) {
                yMax = Math.max(yMax, l.y()[i]);
            }
        }
        yMax *= 1.08;
        g.setFont(Font.font(fs));
        g.setFill(fg);
        g.setStroke(fg);
        g.setLineWidth(1);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(title, left, 2);
        g.strokeLine(left, top, left, bottom);
        g.strokeLine(left, bottom, right, bottom);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int ticks = (int) Math.max(1, Math.min(4, (bottom - top) / (fs * 1.6)));
        for (int k = 0; k <= ticks; k++) {
            double v = yMax * k / ticks;
            double y = bottom - (bottom - top) * k / ticks;
            g.fillText(String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v), left - 4, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int k = 0; k <= 5; k++) {
            double x = left + (right - left) * k / 5;
            g.fillText(String.format(Locale.ROOT, "%.1f %s", xMax * k / 5, unit), x, bottom + 3);
        }
        int px = (int) Math.max(3, (right - left) * 2);
        if (bufX.length < px) {
            bufX = new double[px];
            bufY = new double[px];
        }
        Paint loss = fill(danger, Color.RED);
        for (Line l : lines) {
            int m = Lttb.decimate(l.x(), l.y(), l.n(), px, bufX, bufY);
            g.setStroke(fill(palette[l.colour() % palette.length], Color.BLUE));
            g.setLineWidth(fs / 7);
            g.beginPath();
            for (int i = 0; i < m; i++) {
                double x = left + (right - left) * bufX[i] / xMax;
                double y = bottom - (bottom - top) * bufY[i] / yMax;
                if (i == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.stroke();
            g.setFill(loss);
            for (double t : l.marks()) {
                double x = left + (right - left) * t / xMax;
                g.fillOval(x - fs / 4, top - fs / 4, fs / 2, fs / 2);
            }
        }
        if (cursor >= 0) {
            double x = left + (right - left) * Math.min(cursor, xMax) / xMax;
            g.setStroke(fg);
            g.setLineDashes(fs / 3, fs / 3);
            g.strokeLine(x, top, x, bottom);
            g.setLineDashes(null);
        }
    }
}
