package org.wirewise.ui.widget;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Step;

/** Each lane of a {@link SequenceDiagram}: its lifeline and, above it, title, subtitle and current state. */
final class LaneHeaders {

    private LaneHeaders() {
    }

    /** Smallest type, as a share of its own size, that a heading shrinks to before it is cut short. */
    private static final double MIN_SCALE = 0.6;

    /** Shrinks a heading's type until it fits {@code room}, down to {@link #MIN_SCALE}: "ESTABLISHED", not "ESTABLISH…". */
    private static void fit(Label l, double room) {
        double pref = l.prefWidth(-1);
        if (pref <= room) {
            return;
        }
        double size = l.getFont().getSize();
        double padding = l.snappedLeftInset() + l.snappedRightInset();
        double scale = Math.max(MIN_SCALE, (room - padding) / Math.max(1, pref - padding));
        l.setStyle("-fx-font-size: " + Math.floor(size * scale * 10) / 10 + "px;");
        l.applyCss();
    }

    static void draw(SequenceDiagram diagram, DiagramGeometry g, double em, List<Lane> lanes, Step step) {
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            double x = g.laneX(i);
            diagram.add(SequenceDiagram.line(x, g.top() - 0.4 * em, x, g.bottom(), "lifeline"));
            Label title = diagram.label(lane.title(), "lane-title");
            Label subtitle = diagram.label(lane.subtitle(), "lane-subtitle");
            String state = step.snapshot().node(lane.id()).map(NodeState::state).orElse("");
            Label badge = diagram.label(state, "lane-state");
            badge.setId("state-" + lane.id());
            badge.getStyleClass().add("state-" + state.toLowerCase(Locale.ROOT));
            double y = 0.5 * em;
            double room = (g.lanesRight() - g.left()) / lanes.size() - 0.4 * em;
            for (Label l : List.of(title, subtitle, badge)) {
                fit(l, room);
                // Only text that stays too wide at the smallest size is cut short (with an ellipsis) rather than overlap.
                double width = Math.min(l.prefWidth(-1), room);
                l.resize(width, l.prefHeight(-1));
                l.relocate(Math.round(x - width / 2), Math.round(y));
                l.setTooltip(new Tooltip(l.getText()));
                y += l.prefHeight(-1) + 0.25 * em;
            }
        }
    }
}
