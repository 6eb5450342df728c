package org.wirewise.ui.lesson.congestion;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The time (x) range every chart of the view shows: the whole run, a window that follows the
 * player's step, or where the user zoomed and panned. Charts share one instance so they stay
 * aligned. A presentation model: no window needed.
 */
public final class XRange {

    /** A visible window, lo &lt; hi. */
    public record Span(double lo, double hi) {
        public double width() {
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
    /** The user zoomed or panned: the window stays theirs until Fit (or a new kind of run). */
    private boolean held;

    /**
     * The window that follows a step: from the run's start (the story so far: slow start, the first
     * losses) to a little past the next step's moment, rounded up to a round number, so an early
     * step is not squeezed into the left edge of a 30 s axis; once that would be most of the run,
     * the whole run. A pure function of the step's and the next step's time, so the axis does not
     * move while the player travels between them.
     */
    static Span following(double step, double next, double runStart, double runEnd) {
        double hold = Math.max(step, next) - runStart;
        double length = runEnd - runStart;
        double hi = roundUp(Math.max(hold * 1.25, length / 50));
        return hi >= length * 0.7 ? new Span(runStart, runEnd) : new Span(runStart, runStart + hi);
    }

    /** The next of 1, 2, 2.5, 5 times a power of ten at or above x. */
    private static double roundUp(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= x * (1 - 1e-12)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    public ReadOnlyObjectProperty<Span> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public Span visible() {
        return visible.get();
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    /** Whether the user has taken the window (zoom or pan) so it no longer follows the step. */
    boolean isHeld() {
        return held;
    }

    /** Shows the window that follows the step, unless the user holds one of their own. */
    void follow(Span window) {
        if (!held) {
            set(window.lo(), window.hi());
        }
    }

    public boolean isZoomed() {
        Span s = visible();
        return s.lo() > min || s.hi() < max;
    }

    /**
     * A new run spans [newMin, newMax]. If it has the same shape as the last one (same lesson,
     * unit and runs, say only a longer duration), a zoomed window is kept, clamped to the new
     * run; otherwise, or if the window no longer fits, the whole run is shown.
     */
    public void setBounds(double newMin, double newMax, Object newShape) {
        boolean keep = held && Objects.equals(shape, newShape);
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

    /** Shows the whole run and gives the window back: the next step follows again. */
    public void fit() {
        held = false;
        visible.set(new Span(min, max));
    }

    /** Zooms by factor (&gt; 1 in, &lt; 1 out) keeping the value at {@code anchor} where it is. */
    public void zoom(double factor, double anchor) {
        held = true;
        Span s = visible();
        double width = Math.max((max - min) / MAX_ZOOM, Math.min(max - min, s.width() / factor));
        double a = Math.max(s.lo(), Math.min(s.hi(), anchor));
        double lo = a - (a - s.lo()) * width / s.width();
        set(lo, lo + width);
    }

    /** Moves the window by dx (in x units), stopping at the run's ends. */
    public void pan(double dx) {
        held = true;
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
