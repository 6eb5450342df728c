package org.wirewise.ui.widget;

import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.wirewise.model.trace.TracePacket;

/**
 * A packet on a {@link SequenceDiagram} as a slanted arrow from sender to receiver that grows while
 * the packet is in flight: its path ahead faint, a dot at its head, an arrowhead once it has
 * arrived, or a cross where a lost packet vanishes.
 */
final class PacketArrows {

    /** How far along its path a lost packet's arrow runs before its cross. */
    static final double LOST_AT = 0.6;

    private PacketArrows() {
    }

    /**
     * Draws packet {@code p}'s arrow as it is at {@code time}, on {@code line} (its whole path,
     * sender to receiver, which may run beyond the drawn stretch of time: only the part inside is
     * drawn), offering the packet's actions on it; returns its style.
     */
    static String draw(SequenceDiagram diagram, DiagramGeometry g, double em, TracePacket p, double[] line, long time,
                       boolean selected, PacketActions actions) {
        double x1 = line[0];
        double y1 = line[1];
        double x2 = line[2];
        double y2 = line[3];
        double progress = p.progressAt(time);
        boolean lost = !p.delivered();
        double shown = shown(g, p, line, time);
        double hx = x1 + (x2 - x1) * shown;
        double hy = y1 + (y2 - y1) * shown;
        String state = selected ? "selected" : progress >= 1 ? "arrived" : "in-flight";

        if (progress < 1 && !lost && !diagram.hidesFuture()) {
            // The path still ahead, faint: links here are deterministic, so where it lands is known.
            addClipped(diagram, g, hx, hy, x2, y2, "packet-path");
        }
        double[] c = g.clip(x1, y1, hx, hy);
        if (c != null) {
            Line body = SequenceDiagram.line(c[0], c[1], c[2], c[3], "packet-line");
            body.getStyleClass().add(state);
            body.setId("packet-arrow-" + p.id()); // as its label is "packet-label-" + id
            Line hit = SequenceDiagram.line(c[0], c[1], c[2], c[3], "packet-hit");
            actions.attachToArrow(hit, p);
            diagram.add(body, hit);
        }
        if (!inside(g, hy)) {
            return state; // its head is above or below the stretch of time drawn
        }
        if (lost && progress >= LOST_AT) {
            Label cross = diagram.label("✕", "packet-lost");
            SequenceDiagram.place(cross, hx - cross.prefWidth(-1) / 2, hy - cross.prefHeight(-1) / 2);
        } else if (progress >= 1) {
            diagram.add(arrowHead(x1, y1, x2, y2, em, state));
        } else if (progress > 0 || time >= p.sentAt()) {
            Circle head = new Circle(hx, hy, 0.45 * em);
            head.getStyleClass().addAll("packet-head", state);
            diagram.add(head);
        }
        return state;
    }

    /** How far along its line packet {@code p}'s drawn arrow runs at {@code time} (0 to 1). */
    private static double shown(DiagramGeometry g, TracePacket p, double[] line, long time) {
        double progress = p.progressAt(time);
        double y1 = line[1];
        double y2 = line[3];
        // The head sits where the now-line crosses the path, so it stays on that line across an axis break.
        double along = progress <= 0 || progress >= 1 || y2 == y1 ? progress
                : Math.max(0, Math.min(1, (g.yFree(time) - y1) / (y2 - y1)));
        return p.delivered() ? along : Math.min(along, LOST_AT);
    }

    /**
     * The keyboard's mark on packet {@code p}: a wide dashed band under the part of its arrow drawn
     * at {@code time} (drawn before the arrow, so the arrow stays on top). Returns its bounds, or
     * null when none of it is inside the drawn stretch of time.
     */
    static javafx.geometry.Bounds drawMark(SequenceDiagram diagram, DiagramGeometry g, double[] line, TracePacket p,
                                           long time) {
        double f = Math.max(shown(g, p, line, time), 0.02); // a packet not yet on its way: a stub at its sender
        double[] c = g.clip(line[0], line[1], line[0] + (line[2] - line[0]) * f, line[1] + (line[3] - line[1]) * f);
        if (c == null) {
            return null;
        }
        Line band = SequenceDiagram.line(c[0], c[1], c[2], c[3], "packet-focus");
        band.setId("packet-focus-" + p.id());
        band.setMouseTransparent(true);
        diagram.add(band);
        return band.getBoundsInParent();
    }

    private static boolean inside(DiagramGeometry g, double y) {
        return y >= g.top() - 0.5 && y <= g.bottom() + 0.5;
    }

    private static void addClipped(SequenceDiagram diagram, DiagramGeometry g, double x1, double y1, double x2, double y2,
                                   String style) {
        double[] c = g.clip(x1, y1, x2, y2);
        if (c != null) {
            diagram.add(SequenceDiagram.line(c[0], c[1], c[2], c[3], style));
        }
    }

    private static Polygon arrowHead(double x1, double y1, double x2, double y2, double em, String state) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double len = 0.9 * em;
        double spread = Math.toRadians(24);
        Polygon head = new Polygon(x2, y2,
                x2 - len * Math.cos(angle - spread), y2 - len * Math.sin(angle - spread),
                x2 - len * Math.cos(angle + spread), y2 - len * Math.sin(angle + spread));
        head.getStyleClass().addAll("packet-arrowhead", state);
        return head;
    }
}
