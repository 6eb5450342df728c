package org.wirewise.ui.widget;

/** Where things go in a {@link SequenceDiagram}: lanes spread across the width, time mapped onto the height. */
record DiagramGeometry(double top, double bottom, double left, double right, double lanesRight,
                       BrokenTimeAxis axis, int lanes) {

    /** Where {@code t} lies, held to the drawing's top or bottom when it is outside the axis. */
    double y(long t) {
        return top + (bottom - top) * axis.fraction(t);
    }

    /** Where {@code t} would lie if the axis carried on past its ends: where an arrow leaving the drawing is headed. */
    double yFree(long t) {
        return top + (bottom - top) * axis.fractionUnclamped(t);
    }

    /** The part of the segment inside the axis's height, as {x1, y1, x2, y2}; null when none is. */
    double[] clip(double x1, double y1, double x2, double y2) {
        if (y1 == y2) {
            return y1 >= top - 1e-6 && y1 <= bottom + 1e-6 ? new double[] {x1, y1, x2, y2} : null;
        }
        double a = (top - y1) / (y2 - y1);
        double b = (bottom - y1) / (y2 - y1);
        double u0 = Math.max(0, Math.min(a, b));
        double u1 = Math.min(1, Math.max(a, b));
        if (u0 > u1) {
            return null;
        }
        return new double[] {x1 + (x2 - x1) * u0, y1 + (y2 - y1) * u0, x1 + (x2 - x1) * u1, y1 + (y2 - y1) * u1};
    }

    double laneX(int index) {
        double usable = lanesRight - left;
        return left + usable * (index + 0.5) / lanes;
    }
}
