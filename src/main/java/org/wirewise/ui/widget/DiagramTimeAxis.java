package org.wirewise.ui.widget;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * The time dimension of a {@link SequenceDiagram}: the axis with its grid and tick labels, the
 * bands where a broken axis hides idle time, and the line marking the moment shown.
 */
final class DiagramTimeAxis {

    private DiagramTimeAxis() {
    }

    /**
     * Draws axis, grid, ticks (labelled from {@code origin}) and breaks; the break labels' bounds go
     * into {@code placed} for other labels to avoid, the tick labels into {@code tickLabels}. Returns
     * the break labels, which the diagram brings to the front once packets cross them.
     */
    static List<Label> drawAxis(SequenceDiagram diagram, DiagramGeometry g, double em, long origin, List<Bounds> placed,
                                List<Label> tickLabels) {
        List<Label> breaks = new java.util.ArrayList<>();
        Line axis = SequenceDiagram.line(g.left() - 1.2 * em, g.top(), g.left() - 1.2 * em, g.bottom(), "time-axis");
        diagram.add(axis);
        int wanted = Math.max(2, (int) ((g.bottom() - g.top()) / (3.5 * em)));
        List<Bounds> taken = new java.util.ArrayList<>(); // the axis's own words, which must not overprint
        for (double[] band : g.axis().breakBands()) {
            Label label = drawBreak(diagram, g, em, band);
            Bounds box = new BoundingBox(label.getLayoutX(), label.getLayoutY(), label.prefWidth(-1), label.prefHeight(-1));
            if (taken.stream().anyMatch(box::intersects)) {
                // Breaks closer than a line of text (a short projector diagram): the band and its
                // zig-zags say it; a second label would print over the first.
                diagram.remove(label);
                continue;
            }
            breaks.add(label);
            taken.add(box);
            placed.add(box);
        }
        List<Long> ticks = g.axis().ticks(wanted);
        List<String> texts = tickLabels(ticks, origin).stream().map(diagram.words()::decimals).toList();
        for (int i = 0; i < ticks.size(); i++) {
            long t = ticks.get(i);
            double y = g.y(t);
            diagram.add(SequenceDiagram.line(g.left() - 1.6 * em, y, g.right(), y, "time-grid"));
            Label label = diagram.label(texts.get(i), "time-tick-label");
            // Never left of the diagram: a label wider than the gutter stays whole, over the axis line.
            double lx = Math.max(0, g.left() - 1.9 * em - label.prefWidth(-1));
            double ly = y - label.prefHeight(-1) / 2;
            Bounds box = new BoundingBox(lx, ly, label.prefWidth(-1), label.prefHeight(-1));
            if (taken.stream().anyMatch(box::intersects)) {
                diagram.remove(label); // ticks squeezed together by breaks: the grid line stays, unlabelled
                continue;
            }
            SequenceDiagram.place(label, lx, ly);
            tickLabels.add(label);
            taken.add(box);
            placed.add(box); // packet labels keep off it
        }
        return breaks;
    }

    /** The ticks' labels, counted from {@code origin}, each with the decimals its neighbours need. */
    static List<String> tickLabels(List<Long> ticks, long origin) {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < ticks.size(); i++) {
            texts.add(TimeAxis.label(origin + ticks.get(i), spacing(ticks, i)));
        }
        return texts;
    }

    /** How far tick {@code i} is from its nearest neighbour: what its label's decimals must tell apart. */
    private static long spacing(List<Long> ticks, int i) {
        long gap = Long.MAX_VALUE;
        if (i > 0) {
            gap = ticks.get(i) - ticks.get(i - 1);
        }
        if (i + 1 < ticks.size()) {
            gap = Math.min(gap, ticks.get(i + 1) - ticks.get(i));
        }
        return gap == Long.MAX_VALUE ? Math.max(1, ticks.get(i)) : Math.max(1, gap);
    }

    /** A break in the axis: a shaded band with zig-zags on the axis and how much time it hides. */
    private static Label drawBreak(SequenceDiagram diagram, DiagramGeometry g, double em, double[] band) {
        double y1 = g.top() + (g.bottom() - g.top()) * band[0];
        double y2 = g.top() + (g.bottom() - g.top()) * band[1];
        Region shade = new Region();
        shade.getStyleClass().add("time-break");
        shade.resizeRelocate(g.left() - 1.6 * em, y1, g.right() - g.left() + 1.6 * em, y2 - y1);
        diagram.add(shade);
        double x = g.left() - 1.2 * em;
        double mid = (y1 + y2) / 2;
        for (double dy : new double[] {-0.35 * em, 0.35 * em}) {
            diagram.add(SequenceDiagram.line(x - 0.7 * em, mid + dy + 0.3 * em, x + 0.7 * em, mid + dy - 0.3 * em,
                    "time-break-mark"));
        }
        WidgetWords words = diagram.words();
        String hidden = words.get(band[3] > 0 ? "axis.idle" : "axis.inFlight", words.decimals(TimeAxis.label((long) band[2])));
        Label label = diagram.label(words.get("axis.broken", hidden), "time-break-label");
        label.setId("time-break");
        double lx = Math.max(g.left(), (g.left() + g.lanesRight()) / 2 - label.prefWidth(-1) / 2);
        if (lx + label.prefWidth(-1) > g.right()) {
            label.setText(hidden); // a narrow diagram (an A/B half): the zig-zags say the axis is broken
            lx = Math.max(g.left(), (g.left() + g.lanesRight()) / 2 - label.prefWidth(-1) / 2);
        }
        double ly = mid - label.prefHeight(-1) / 2;
        SequenceDiagram.place(label, lx, ly);
        return label;
    }

    /** The now-line across the diagram at {@code time}. */
    static void drawNow(SequenceDiagram diagram, DiagramGeometry g, double em, long time) {
        double y = g.y(time);
        diagram.add(SequenceDiagram.line(g.left() - 1.2 * em, y, g.right(), y, "now-line"));
    }

    /**
     * The now-line's reading of {@code time} (counted from {@code origin}), not yet placed: where it
     * goes depends on the arrows ({@link DiagramLayout#nowLabel}).
     */
    static Label nowLabel(SequenceDiagram diagram, long origin, long time) {
        Label now = diagram.label(diagram.words().units().time(origin + time), "now-label");
        now.setId("diagram-now");
        return now;
    }
}
