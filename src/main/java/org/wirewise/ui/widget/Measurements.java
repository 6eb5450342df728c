package org.wirewise.ui.widget;

import javafx.scene.control.Label;
import org.wirewise.model.trace.Measurement;

/**
 * A measured span (a round trip, a timeout) as a bracket beside its lane of a {@link SequenceDiagram},
 * labelled: right of the last lane's state chips, left of any other lane.
 */
final class Measurements {

    /** Room right of the last lane for a bracket and its label, in em, when a trace measures anything. */
    static final double ROOM_EM = 11;
    /** The narrowest a bracket's label is drawn: "1.50 RTT to the" still fits a line. */
    static final double MIN_LABEL_EM = 6;

    private Measurements() {
    }

    private static double longestWord(SequenceDiagram diagram, String text) {
        Label probe = diagram.label("", "measurement-label");
        double widest = 0;
        for (String word : text.split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.prefWidth(-1));
        }
        diagram.remove(probe);
        return Math.ceil(widest);
    }

    /** @param chipsRight the right edge of the last lane's state chips */
    /** Draws the bracket and its label; returns the label's bounds, which packet labels keep off. */
    static javafx.geometry.Bounds draw(SequenceDiagram diagram, DiagramGeometry g, double em, Measurement m, double chipsRight) {
        int lane = diagram.laneIndex(m.lane());
        boolean rightSide = lane == g.lanes() - 1;
        double x = rightSide ? chipsRight + 0.8 * em : g.laneX(lane) - 1.2 * em;
        double y1 = g.y(m.from());
        double y2 = g.y(m.to());
        double tick = rightSide ? -0.5 * em : 0.5 * em;
        diagram.add(SequenceDiagram.line(x, y1, x, y2, "measurement"), SequenceDiagram.line(x, y1, x + tick, y1, "measurement"),
                SequenceDiagram.line(x, y2, x + tick, y2, "measurement"));
        double maxWidth = rightSide ? diagram.getWidth() - x - 1.4 * em : x - g.left();
        if (maxWidth < Math.max(MIN_LABEL_EM * em, longestWord(diagram, m.label()))) {
            // No room beside the bracket (a narrow view, such as one side of an A/B comparison): the
            // label is left out rather than drawn past the view's edge or broken inside a word
            // ("TIME-WAI T"); the narration says the same.
            return new javafx.geometry.BoundingBox(x, Math.min(y1, y2), 0, 0);
        }
        Label label = diagram.label(m.label(), "measurement-label");
        label.setId("measurement-" + m.lane());
        label.setWrapText(true);
        label.setMaxWidth(maxWidth);
        double lw = Math.min(label.prefWidth(-1), label.getMaxWidth());
        double lh = label.prefHeight(lw);
        label.resize(lw, lh);
        double lx = rightSide ? x + 0.6 * em : x - 0.6 * em - lw;
        double ly = (y1 + y2) / 2 - lh / 2;
        label.relocate(lx, ly);
        return new javafx.geometry.BoundingBox(lx, ly, lw, lh);
    }
}
