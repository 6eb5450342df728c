package org.wirewise.ui.widget;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.layout.Region;
import org.wirewise.model.trace.TracePacket;

/**
 * The whole run as a thin strip left of a zoomed {@link SequenceDiagram}'s time axis: a tick for
 * each packet sent so far, the moment shown, and a box over the stretch the diagram draws. The
 * diagram moves its window to where the strip is clicked or dragged.
 */
final class OverviewStrip {

    /** Room the strip takes left of the time axis's labels, in em. */
    static final double WIDTH_EM = 1.3;

    private OverviewStrip() {
    }

    /** Draws the strip on the whole run's axis {@code whole}; returns its bounds, where a pointer moves the window. */
    static Bounds draw(SequenceDiagram diagram, DiagramGeometry g, double em, BrokenTimeAxis whole,
                       DiagramWindow.Choice shown, List<TracePacket> packets, long time) {
        double x = 0.3 * em;
        double w = 0.9 * em;
        double h = g.bottom() - g.top();
        Region strip = new Region();
        strip.setId("overview-strip");
        strip.getStyleClass().add("overview-strip");
        strip.resizeRelocate(x, g.top(), w, h);
        diagram.add(strip);
        for (TracePacket p : packets) {
            double y = g.top() + h * whole.fraction(p.sentAt());
            diagram.add(SequenceDiagram.line(x + 2, y, x + w - 2, y, "overview-packet"));
        }
        double y1 = g.top() + h * whole.fraction(shown.from());
        double y2 = g.top() + h * whole.fraction(shown.to());
        Region box = new Region();
        box.setId("overview-window");
        box.getStyleClass().add("overview-window");
        box.setMouseTransparent(true);
        box.resizeRelocate(x - 0.15 * em, y1, w + 0.3 * em, Math.max(3, y2 - y1));
        diagram.add(box);
        double now = g.top() + h * whole.fraction(time);
        diagram.add(SequenceDiagram.line(x - 0.15 * em, now, x + w + 0.15 * em, now, "overview-now"));
        return new BoundingBox(x - 0.3 * em, g.top(), w + 0.6 * em, h);
    }
}
