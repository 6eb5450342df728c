package org.wirewise.ui.lesson.congestion;

import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.wirewise.model.congestion.Phase;

/**
 * Under a chart, one thin band per flow coloured by the sender's phase over time (slow start,
 * congestion avoidance, fast recovery, RTO recovery, BBR's states). Colours come from the theme
 * through the style classes {@link #styleClass(Phase)} (see congestion.css).
 */
final class PhaseRibbon {

    private final Region[] probes = new Region[Phase.values().length];

    PhaseRibbon() {
        for (Phase p : Phase.values()) {
            Region r = new Region();
            r.getStyleClass().add(styleClass(p));
            r.setManaged(false);
            r.setVisible(false);
            probes[p.ordinal()] = r;
        }
    }

    /** The style class giving a phase its colour, e.g. {@code phase-fast-recovery}. */
    static String styleClass(Phase p) {
        return "phase-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Invisible regions the chart adds as children so CSS resolves the phase colours. */
    List<Region> probes() {
        return List.of(probes);
    }

    /** How many ribbons the lines need (lines with phases). */
    static int count(List<ChartLine> lines) {
        return (int) lines.stream().filter(l -> l.phases != null && l.n > 0).count();
    }

    /**
     * Draws the ribbons from {@code top}, each {@code row} high, across [left, right] showing
     * x in [lo, hi]; a swatch in the line's colour sits left of each ribbon.
     */
    void draw(GraphicsContext g, List<ChartLine> lines, Paint[] lineColours, double lo, double hi, double left,
              double right, double top, double row) {
        double scale = (right - left) / (hi - lo);
        double y = top;
        for (ChartLine l : lines) {
            if (l.phases == null || l.n == 0) {
                continue;
            }
            ChartLine.PhaseRuns runs = l.phases;
            double end = l.x[l.n - 1];
            g.setFill(lineColours[l.colour % lineColours.length]);
            g.fillRect(left - row * 1.6, y, row, row * 0.8);
            for (int k = Math.max(0, firstRunAtOrBefore(runs, lo)); k < runs.n() && runs.start()[k] <= hi; k++) {
                double from = Math.max(lo, runs.start()[k]);
                double to = Math.min(hi, k + 1 < runs.n() ? runs.start()[k + 1] : end);
                if (to <= from) {
                    continue;
                }
                g.setFill(colour(runs.phase()[k]));
                double x0 = left + (from - lo) * scale;
                // At least a pixel, so a short fast recovery stays visible when zoomed out.
                g.fillRect(x0, y, Math.max(1, (to - from) * scale), row * 0.8);
            }
            y += row;
        }
    }

    Paint colour(Phase p) {
        Region r = probes[p.ordinal()];
        if (r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
            return r.getBackground().getFills().get(0).getFill();
        }
        return Color.GRAY;
    }

    private static int firstRunAtOrBefore(ChartLine.PhaseRuns runs, double x) {
        int lo = 0;
        int hi = runs.n() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runs.start()[mid] <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
