package org.wirewise.ui.widget;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import org.wirewise.model.trace.TracePacket;

/**
 * Where a {@link SequenceDiagram} writes its packets' labels. Labels claim room in priority order
 * and each takes a free spot beside its arrow that overlaps no label placed before it. Back-to-back
 * packets share an arrow, so their labels stack beside each other instead; when traffic is too
 * dense for that, a numbered label ("#7 …") shrinks to its number, and an older packet that still
 * finds no room goes without a label (the tooltip and the bytes pane still give all of it).
 */
final class PacketLabels {

    private PacketLabels() {
    }

    /**
     * Sorts the packets shown into the order their labels claim room: the selected one and the
     * step's own ({@code stepPacket}) first, then the most recent. On a crowded diagram old labels give way.
     */
    static void sortByPriority(List<TracePacket> shown, TracePacket selected, int stepPacket) {
        shown.sort(Comparator.<TracePacket>comparingInt(p -> p.equals(selected) ? 0 : p.id() == stepPacket ? 1 : 2)
                .thenComparing(Comparator.comparingLong(TracePacket::sentAt).reversed())
                .thenComparing(Comparator.comparingInt(TracePacket::id).reversed()));
    }

    /**
     * Draws packet {@code p}'s label by its arrow and adds its bounds to {@code placed}; returns
     * it, or null when it found no room and was left out.
     *
     * @param prominent the selected packet or the step's own: its label is drawn even where nothing is free
     */
    static Label draw(SequenceDiagram diagram, DiagramGeometry g, double em, TracePacket p, PacketArrows.Arrow arrow,
                      PacketActions actions, List<Bounds> placed, boolean prominent) {
        Label label = diagram.label(p.label(), "packet-label");
        label.getStyleClass().add(arrow.state());
        label.setId("packet-label-" + p.id());
        actions.attachToLabel(label, p);
        double[] spot = freeSpot(g, em, label, arrow, placed, 1);
        if (spot == null) {
            if (p.label().startsWith("#") && p.label().indexOf(' ') > 0) {
                label.setText(p.label().substring(0, p.label().indexOf(' ')));
                label.getStyleClass().add("short");
                label.applyCss();
            }
            spot = freeSpot(g, em, label, arrow, placed, 2);
        }
        double lw = label.prefWidth(-1);
        double lh = label.prefHeight(-1);
        if (spot == null && !prominent) {
            diagram.remove(label);
            return null; // nowhere free: an older packet goes without its label; its arrow's tooltip tells
        }
        if (spot == null) {
            // Nowhere free: at the arrow's middle, but never outside the drawing.
            double mx = Math.max(0, Math.min(diagram.getWidth() - lw, arrow.x1() + (arrow.x2() - arrow.x1()) * 0.5 - lw / 2));
            spot = new double[] {mx, arrow.y1() + (arrow.y2() - arrow.y1()) * 0.5 - lh / 2};
        }
        placed.add(new BoundingBox(spot[0], spot[1], lw, lh));
        SequenceDiagram.place(label, spot[0], spot[1]);
        return label;
    }

    /**
     * A place for a label near its arrow that overlaps nothing placed, inside the plot; or null.
     * {@code reach} is how many label heights it may move off the arrow, either way.
     */
    private static double[] freeSpot(DiagramGeometry g, double em, Label label, PacketArrows.Arrow arrow,
                                     List<Bounds> placed, int reach) {
        double x1 = arrow.x1();
        double y1 = arrow.y1();
        double x2 = arrow.x2();
        double y2 = arrow.y2();
        double lw = label.prefWidth(-1);
        double lh = label.prefHeight(-1);
        double pad = 0.3 * em;
        for (double f : new double[] {0.5, 0.3, 0.7}) {
            for (int k : new int[] {0, 1, -1, 2, -2}) {
                if (Math.abs(k) > reach) {
                    continue;
                }
                double mx = x1 + (x2 - x1) * f - lw / 2;
                double my = y1 + (y2 - y1) * f - lh / 2 + k * (lh + 2 * pad);
                if (my < g.top() - 0.5 * em || my + lh > g.bottom()) {
                    continue;
                }
                BoundingBox box = new BoundingBox(mx - pad, my - pad, lw + 2 * pad, lh + 2 * pad);
                if (placed.stream().noneMatch(b -> b.intersects(box))) {
                    return new double[] {mx, my};
                }
            }
        }
        return null;
    }
}
