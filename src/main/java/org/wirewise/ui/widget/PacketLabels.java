package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import org.wirewise.model.trace.TracePacket;

/**
 * Draws a {@link SequenceDiagram}'s packet labels where {@link LabelPlacement} put them: on their
 * own arrow, or beside it with a leader line; a packet it found no room for goes without a label
 * (its tooltip and the bytes pane still give all of it).
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
     * Draws each placed label, with its leader line when it has one, styled as its arrow
     * ({@code styles}: packet id → selected, arrived or in-flight); returns the labels drawn.
     */
    static List<Label> draw(SequenceDiagram diagram, List<LabelPlacement.Placement> placements,
                            Map<Integer, TracePacket> packets, Map<Integer, String> styles, PacketActions actions) {
        List<Label> labels = new ArrayList<>();
        for (LabelPlacement.Placement pl : placements) {
            TracePacket p = packets.get(pl.id());
            String state = styles.get(pl.id());
            if (pl.leader()) {
                var leader = SequenceDiagram.line(pl.anchorX(), pl.anchorY(), pl.leaderEndX(), pl.leaderEndY(), "packet-leader");
                leader.getStyleClass().add(state);
                diagram.add(leader);
            }
            Label label = diagram.label(pl.text(), "packet-label");
            label.getStyleClass().add(state);
            if (!pl.text().equals(p.label())) {
                label.getStyleClass().add("short");
            }
            label.setId("packet-label-" + p.id());
            actions.attachToLabel(label, p);
            label.resize(pl.box().w(), pl.box().h());
            label.relocate(pl.box().x(), pl.box().y());
            labels.add(label);
        }
        return labels;
    }

    /**
     * The keyboard's mark around a packet's label: a dashed frame a little outside it (the label's
     * own border shows whether it is selected). Returns the label's bounds, where its menu opens.
     */
    static javafx.geometry.Bounds drawMark(SequenceDiagram diagram, Label label) {
        javafx.geometry.Bounds b = label.getBoundsInParent();
        double gap = 3;
        javafx.scene.shape.Rectangle frame = new javafx.scene.shape.Rectangle(b.getMinX() - gap, b.getMinY() - gap,
                b.getWidth() + 2 * gap, b.getHeight() + 2 * gap);
        frame.getStyleClass().add("packet-focus-frame");
        frame.setMouseTransparent(true);
        diagram.add(frame);
        return b;
    }
}
