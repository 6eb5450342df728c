package org.wirewise.ui.lesson.congestion;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The time (x) range every chart of the view shows: the whole run, or a zoomed window of it.
 * Charts share one instance so they stay aligned. A presentation model: no window needed.
 */
final class XRange {

    /** A visible window, lo &lt; hi. */
    record Span(double lo, double hi) {
        double width() {
            return hi - lo;
        }

        boolean contains(double x) {
            return x >= lo && x <= hi;
        }
    }

    /** How far in one can zoom: a hundred-thousandth of the run. */
    static final double MAX_ZOOM = 1e5;

    private final ReadOnlyObjectWrapper<Span> visible = new ReadOnlyObjectWrapper<>(new Span(0, 1));
    private double min;
    private double max = 1;
    private Object shape;

    ReadOnlyObjectProperty<Span> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    Span visible() {
        return visible.get();
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    boolean isZoomed() {
        Span s = visible();
        return s.lo() > min || s.hi() < max;
    }

    /**
     * A new run spans [newMin, newMax]. If it has the same shape as the last one (same lesson,
     * unit and runs, say only a longer duration), a zoomed window is kept, clamped to the new
     * run; otherwise, or if the window no longer fits, the whole run is shown.
     */
    void setBounds(double newMin, double newMax, Object newShape) {
        boolean keep = isZoomed() && Objects.equals(shape, newShape);
        Span old = visible();
        min = newMin;
        max = Math.max(newMax, newMin + 1e-9);
        shape = newShape;
        if (keep && old.lo() < max && old.width() < max - min) {
            set(old.lo(), old.hi());
        } else {
            fit();
        }
    }

    /** Shows the whole run. */
    void fit() {
        visible.set(new Span(min, max));
    }

    /** Zooms by factor (&gt; 1 in, &lt; 1 out) keeping the value at {@code anchor} where it is. */
    void zoom(double factor, double anchor) {
        Span s = visible();
        double width = Math.max((max - min) / MAX_ZOOM, Math.min(max - min, s.width() / factor));
        double a = Math.max(s.lo(), Math.min(s.hi(), anchor));
        double lo = a - (a - s.lo()) * width / s.width();
        set(lo, lo + width);
    }

    /** Moves the window by dx (in x units), stopping at the run's ends. */
    void pan(double dx) {
        Span s = visible();
        set(s.lo() + dx, s.hi() + dx);
    }

    /** Pans, keeping the zoom, just enough for x to be inside the window (with a small margin). */
    void reveal(double x) {
        Span s = visible();
        double margin = s.width() * 0.05;
        if (x < s.lo() + margin) {
            pan(x - margin - s.lo());
        } else if (x > s.hi() - margin) {
            pan(x + margin - s.hi());
        }
    }

    /** Sets the window [lo, lo + width], shifted (never shrunk) to lie within the run. */
    private void set(double lo, double hi) {
        double width = Math.min(hi - lo, max - min);
        double l = Math.max(min, Math.min(lo, max - width));
        visible.set(new Span(l, l + width));
    }
}
