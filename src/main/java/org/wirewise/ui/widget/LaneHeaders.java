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
                // With many lanes a long heading is cut short (with an ellipsis) rather than overlap.
                double width = Math.min(l.prefWidth(-1), room);
                l.resize(width, l.prefHeight(-1));
                l.relocate(Math.round(x - width / 2), Math.round(y));
                l.setTooltip(new Tooltip(l.getText()));
                y += l.prefHeight(-1) + 0.25 * em;
            }
        }
    }
}
