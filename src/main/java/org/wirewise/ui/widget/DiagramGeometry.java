package org.wirewise.ui.widget;

/** Where things go in a {@link SequenceDiagram}: lanes spread across the width, time mapped onto the height. */
record DiagramGeometry(double top, double bottom, double left, double right, double lanesRight,
                       BrokenTimeAxis axis, int lanes) {

    double y(long t) {
        return top + (bottom - top) * axis.fraction(t);
    }

    double laneX(int index) {
        double usable = lanesRight - left;
        return left + usable * (index + 0.5) / lanes;
    }
}
