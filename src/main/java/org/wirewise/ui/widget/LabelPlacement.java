package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a sequence diagram's packet labels go, as a pure function: arrows, label sizes and the
 * room already taken in, placements out. No JavaFX, so every lesson's every step can be checked.
 *
 * <p>A label never lies: it is drawn on its own arrow (centred on a point of it), or beside it
 * joined by a leader line from a point of it, or not at all. A label box never touches another
 * packet's arrow, a leader crosses no other arrow, and no two labels overlap. When the full text
 * finds no room, a numbered label tries its number alone ("#7"); a packet left without a label
 * keeps its tooltip and bytes. Earlier requests claim room first; the first (the step's own packet)
 * may also hang on a leader just clear of its arrow or reaching across the diagram, and where even
 * that finds no room (a mesh of arrows) it is centred on its own arrow over the others: the one
 * label allowed on other arrows, since the step is about it (its arrow and plate are the selected
 * colour, the arrow entering and leaving it).
 */
final class LabelPlacement {

    /** Arrows whose ends are closer than this, in pixels, are drawn as one line. */
    static final double SAME_PX = 1.5;
    /** Fractions along an arrow tried as the label's anchor, middle first. */
    private static final double[] ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};
    /** The anchors a leader line may start from. */
    private static final double[] LEADER_ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9};
    /** How far a leader may reach, in em: near first, then out of a crowd to the margins. */
    private static final double[] LEADER_GAPS = {1.2, 3, 5};
    /**
     * For the first request (the step's own packet) when those found no room: a leader just clear
     * of the arrow (a short diagram's last free line) or reaching across the diagram to a free spot.
     */
    private static final double[] SUBJECT_GAPS = {0.4, 0.8, 8, 12, 18, 26};
    /** The subject's anchors: as a leader's, and its very ends (a packet just sent is a short stub). */
    private static final double[] SUBJECT_ALONG = {0.5, 0.3, 0.7, 0.1, 0.9, 0, 1};

    /** A packet's arrow as drawn, from its sender's lane to where it ends (or vanishes, if lost). */
    record Arrow(int id, double x1, double y1, double x2, double y2) {
        double x(double f) {
            return x1 + (x2 - x1) * f;
        }

        double y(double f) {
            return y1 + (y2 - y1) * f;
        }

        /** The shortest distance from (x, y) to this arrow. */
        double distanceTo(double x, double y) {
            return Segments.distance(x1, y1, x2, y2, x, y);
        }

        boolean crosses(Box b) {
            return Segments.intersects(x1, y1, x2, y2, b);
        }

        /**
         * Whether this arrow is drawn on top of {@code o}: back-to-back packets between the same
         * lanes, less than {@value #SAME_PX} px apart at both ends, show as one line, so a label on
         * either is on its own.
         */
        boolean sameLineAs(Arrow o) {
            return Math.hypot(x1 - o.x1, y1 - o.y1) < SAME_PX && Math.hypot(x2 - o.x2, y2 - o.y2) < SAME_PX;
        }
    }

    /** An axis-aligned rectangle. */
    record Box(double x, double y, double w, double h) {
        boolean intersects(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        boolean contains(double px, double py) {
            return px >= x - 1e-6 && px <= x + w + 1e-6 && py >= y - 1e-6 && py <= y + h + 1e-6;
        }

        Box grow(double d) {
            return new Box(x - d, y - d, w + 2 * d, h + 2 * d);
        }

        boolean inside(Box o) {
            return x >= o.x && y >= o.y && x + w <= o.x + o.w && y + h <= o.y + o.h;
        }
    }

    /**
     * A label wanted for packet {@code id}: its text and size, and a shorter text to fall back on
     * ({@code null} when there is none): its number, or its words on two lines.
     */
    record Request(int id, String text, double width, String shortText, double shortWidth, double height,
                   double shortHeight) {
        Request(int id, String text, double width, String shortText, double shortWidth, double height) {
            this(id, text, width, shortText, shortWidth, height, height);
        }
    }

    /**
     * A label placed: its text, its box, the point of its own arrow it belongs to, whether a leader
     * line joins that point to the box (otherwise the box is centred on it), and whether it lies over
     * other arrows ({@code over}: the step's own packet in a mesh with no free spot, centred on its own
     * arrow, its opaque plate over the others).
     */
    record Placement(int id, String text, Box box, double anchorX, double anchorY, boolean leader, boolean over) {
        Placement(int id, String text, Box box, double anchorX, double anchorY, boolean leader) {
            this(id, text, box, anchorX, anchorY, leader, false);
        }

        /** Where the leader line meets the box: the box's point nearest the anchor. */
        double leaderEndX() {
            return Math.max(box.x(), Math.min(anchorX, box.x() + box.w()));
        }

        double leaderEndY() {
            return Math.max(box.y(), Math.min(anchorY, box.y() + box.h()));
        }
    }

    private final List<Arrow> arrows;
    private final Map<Integer, Arrow> byId = new HashMap<>();
    private final List<Box> taken;
    private final Box plot;
    private final double em;
    private final List<Placement> placed = new ArrayList<>();

    private LabelPlacement(List<Arrow> arrows, List<Box> obstacles, Box plot, double em) {
        this.arrows = arrows;
        arrows.forEach(a -> byId.put(a.id(), a));
        this.taken = new ArrayList<>(obstacles);
        this.plot = plot;
        this.em = em;
    }

    /**
     * Places the labels of {@code requests}, in that order of priority.
     *
     * @param arrows    every arrow drawn (labels must keep off the ones that are not theirs)
     * @param obstacles room already taken (state chips, timers, axis breaks)
     * @param plot      where labels may go
     * @param em        the type size, which sets gaps and how far a leader may reach
     */
    static List<Placement> place(List<Request> requests, List<Arrow> arrows, List<Box> obstacles, Box plot, double em) {
        LabelPlacement p = new LabelPlacement(arrows, obstacles, plot, em);
        for (Request r : requests) {
            p.placeOne(r, r == requests.get(0));
        }
        return List.copyOf(p.placed);
    }

    private void placeOne(Request r, boolean subject) {
        Arrow own = byId.get(r.id());
        if (own == null) {
            return;
        }
        Placement found = find(own, r.id(), r.text(), r.width(), r.height());
        if (found == null && subject) {
            found = findFurther(own, r.id(), r.text(), r.width(), r.height());
        }
        if (found == null && r.shortText() != null) {
            found = find(own, r.id(), r.shortText(), r.shortWidth(), r.shortHeight());
        }
        if (found == null && subject && r.shortText() != null) {
            found = findFurther(own, r.id(), r.shortText(), r.shortWidth(), r.shortHeight());
        }
        if (found == null && subject) {
            // What the step is about keeps its words even in a mesh of arrows (a window of a page's packets
            // in flight both ways): on its own arrow, over the others. Later labels keep clear of it.
            found = over(own, r.id(), r.text(), r.width(), r.height());
            if (found == null && r.shortText() != null) {
                found = over(own, r.id(), r.shortText(), r.shortWidth(), r.shortHeight());
            }
        }
        if (found != null) {
            placed.add(found);
            taken.add(found.box());
        }
    }

    private Placement find(Arrow own, int id, String text, double w, double h) {
        for (double f : ALONG) {
            double ax = own.x(f);
            double ay = own.y(f);
            Box box = new Box(Math.round(ax - w / 2), Math.round(ay - h / 2), w, h); // whole pixels: crisp text
            if (free(box, own)) {
                return new Placement(id, text, box, ax, ay, false);
            }
        }
        for (double gap : LEADER_GAPS) {
            for (double f : LEADER_ALONG) {
                double ax = own.x(f);
                double ay = own.y(f);
                for (Box box : besides(ax, ay, w, h, gap * em)) {
                    Placement leader = new Placement(id, text, box, ax, ay, true);
                    if (free(box, own) && leaderClear(leader, own)) {
                        return leader;
                    }
                }
            }
        }
        return null;
    }

    /** The subject's second try: the same rules, leaders of other lengths. */
    private Placement findFurther(Arrow own, int id, String text, double w, double h) {
        for (double gap : SUBJECT_GAPS) {
            for (double f : SUBJECT_ALONG) {
                for (Box box : besides(own.x(f), own.y(f), w, h, gap * em)) {
                    Placement leader = new Placement(id, text, box, own.x(f), own.y(f), true);
                    if (free(box, own) && leaderClear(leader, own)) {
                        return leader;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A box on a point of its own arrow (the point inside it, its middle third across) that covers no
     * other word, whatever arrows run under it.
     */
    private Placement over(Arrow own, int id, String text, double w, double h) {
        for (int i = 0; i <= 20; i++) {
            double f = 0.5 + (i % 2 == 0 ? 1 : -1) * (i + 1) / 2 * 0.05; // the middle first, then outwards
            double ax = own.x(f);
            double ay = own.y(f);
            for (double across : new double[] {0.5, 0.4, 0.6, 0.33, 0.67}) {
                Box box = new Box(Math.round(ax - w * across), Math.round(ay - h / 2), w, h);
                Box padded = box.grow(0.2 * em);
                if (box.inside(plot) && taken.stream().noneMatch(padded::intersects)) {
                    return new Placement(id, text, box, ax, ay, false, true);
                }
            }
        }
        return null;
    }

    /** Boxes a short leader away from (ax, ay): right, left, above and below, then diagonally. */
    private static List<Box> besides(double ax, double ay, double w, double h, double gap) {
        double[][] corners = {
            {ax + gap, ay - h / 2}, {ax - gap - w, ay - h / 2}, {ax - w / 2, ay - gap - h}, {ax - w / 2, ay + gap},
            {ax + gap, ay - gap - h}, {ax + gap, ay + gap}, {ax - gap - w, ay - gap - h}, {ax - gap - w, ay + gap},
            {ax + gap / 3, ay - gap - h}, {ax + gap / 3, ay + gap}, {ax - gap / 3 - w, ay - gap - h}, {ax - gap / 3 - w, ay + gap}};
        List<Box> boxes = new ArrayList<>();
        for (double[] c : corners) {
            boxes.add(new Box(Math.round(c[0]), Math.round(c[1]), w, h));
        }
        return boxes;
    }

    private boolean free(Box box, Arrow own) {
        if (!box.inside(plot)) {
            return false;
        }
        Box padded = box.grow(0.2 * em);
        for (Box t : taken) {
            if (t.intersects(padded)) {
                return false;
            }
        }
        for (Arrow a : arrows) {
            if (a != own && !a.sameLineAs(own) && a.crosses(box)) {
                return false;
            }
        }
        return true;
    }

    private boolean leaderClear(Placement p, Arrow own) {
        double x1 = p.anchorX();
        double y1 = p.anchorY();
        double x2 = p.leaderEndX();
        double y2 = p.leaderEndY();
        for (Arrow a : arrows) {
            if (a != own && !a.sameLineAs(own) && Segments.cross(x1, y1, x2, y2, a.x1(), a.y1(), a.x2(), a.y2())) {
                return false;
            }
        }
        for (Box t : taken) {
            if (Segments.intersects(x1, y1, x2, y2, t)) {
                return false;
            }
        }
        return true;
    }

    /** Plane geometry of line segments. */
    static final class Segments {

        private Segments() {
        }

        static double distance(double x1, double y1, double x2, double y2, double px, double py) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len));
            return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
        }

        /** Whether the segment touches the box (Liang–Barsky clipping). */
        static boolean intersects(double x1, double y1, double x2, double y2, Box b) {
            double t0 = 0;
            double t1 = 1;
            double dx = x2 - x1;
            double dy = y2 - y1;
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {x1 - b.x(), b.x() + b.w() - x1, y1 - b.y(), b.y() + b.h() - y1};
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] < 0) {
                        return false;
                    }
                } else {
                    double r = q[i] / p[i];
                    if (p[i] < 0) {
                        t0 = Math.max(t0, r);
                    } else {
                        t1 = Math.min(t1, r);
                    }
                }
            }
            return t0 <= t1;
        }

        /** Whether two segments cross (touching at an end counts). */
        static boolean cross(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
            double d1 = side(cx, cy, dx, dy, ax, ay);
            double d2 = side(cx, cy, dx, dy, bx, by);
            double d3 = side(ax, ay, bx, by, cx, cy);
            double d4 = side(ax, ay, bx, by, dx, dy);
            if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
                return true;
            }
            return distance(cx, cy, dx, dy, ax, ay) < 1e-9 || distance(cx, cy, dx, dy, bx, by) < 1e-9
                    || distance(ax, ay, bx, by, cx, cy) < 1e-9 || distance(ax, ay, bx, by, dx, dy) < 1e-9;
        }

        private static double side(double ax, double ay, double bx, double by, double px, double py) {
            return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
        }
    }
}
