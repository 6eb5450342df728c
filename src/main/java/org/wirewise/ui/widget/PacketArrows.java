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

    /** Draws packet {@code p}'s arrow as it is at {@code time}, offering the packet's actions on it; returns its style. */
    static String draw(SequenceDiagram diagram, DiagramGeometry g, double em, TracePacket p, long time, boolean selected,
                       PacketActions actions) {
        double x1 = g.laneX(diagram.laneIndex(p.from()));
        double y1 = g.y(p.sentAt());
        double x2 = g.laneX(diagram.laneIndex(p.to()));
        double y2 = g.y(p.arrivesAt());
        double progress = p.progressAt(time);
        boolean lost = !p.delivered();
        double shown = lost ? Math.min(progress, LOST_AT) : progress;
        double hx = x1 + (x2 - x1) * shown;
        double hy = y1 + (y2 - y1) * shown;
        String state = selected ? "selected" : progress >= 1 ? "arrived" : "in-flight";

        if (progress < 1 && !lost) {
            // The path still ahead, faint: links here are deterministic, so where it lands is known.
            diagram.add(SequenceDiagram.line(hx, hy, x2, y2, "packet-path"));
        }
        Line body = SequenceDiagram.line(x1, y1, hx, hy, "packet-line");
        body.getStyleClass().add(state);
        Line hit = SequenceDiagram.line(x1, y1, hx, hy, "packet-hit");
        actions.attachToArrow(hit, p);
        diagram.add(body, hit);
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
