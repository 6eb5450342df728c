package org.wirewise.ui.widget;

import java.util.List;

/**
 * Where the time cursor's reading ("106.000 ms") goes, as a pure function: beside the now-line,
 * right end first (where it always was), above the line then under it, sliding left until no
 * packet's arrow runs through it and it covers nothing else drawn. An arrow through the reading
 * makes it look struck out (a cancelled value); with no such spot it keeps the right end.
 */
final class NowLabel {

    /** How far apart the tried spots are along the line, in em. */
    private static final double STEP_EM = 0.5;

    private NowLabel() {
    }

    /**
     * The reading's box for a now-line at {@code y} running from {@code left} to {@code right}.
     *
     * @param w         the reading's width
     * @param h         its height
     * @param minY      the highest its top may go (the drawing's top)
     * @param maxY      the lowest its bottom may go
     * @param arrows    the packet arrows drawn
     * @param obstacles other words already placed (axis ticks and breaks, chips, timers)
     */
    static LabelPlacement.Box place(double y, double left, double right, double w, double h, double em,
                                    double minY, double maxY, List<LabelPlacement.Arrow> arrows,
                                    List<LabelPlacement.Box> obstacles) {
        double gap = 0.1 * em;
        double[] tops = {y - h - gap, y + gap};
        LabelPlacement.Box first = new LabelPlacement.Box(Math.round(right - w), Math.round(tops[0]), w, h);
        for (double x = right - w; x >= left; x -= STEP_EM * em) {
            for (double top : tops) {
                LabelPlacement.Box box = new LabelPlacement.Box(Math.round(x), Math.round(top), w, h);
                if (box.y() >= minY && box.y() + box.h() <= maxY && free(box, arrows, obstacles)) {
                    return box;
                }
            }
        }
        return first;
    }

    private static boolean free(LabelPlacement.Box box, List<LabelPlacement.Arrow> arrows, List<LabelPlacement.Box> obstacles) {
        return arrows.stream().noneMatch(a -> a.crosses(box)) && obstacles.stream().noneMatch(box::intersects);
    }
}
