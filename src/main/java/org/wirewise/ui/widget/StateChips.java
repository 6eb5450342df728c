package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;

/**
 * A dot on a {@link SequenceDiagram}'s lane at each state change up to the step shown, with a chip
 * naming the new state beside it. Changes closer together than a chip's height (SYN-RECEIVED then
 * ESTABLISHED a round trip apart on a long time axis) would stack illegibly: the later state, the
 * one that holds, keeps its chip; every change keeps its dot.
 */
final class StateChips {

    /** Width of one character of a state chip, and a chip's padding, in em (bold, 0.85em type). */
    private static final double CHAR_EM = 0.6;
    private static final double PAD_EM = 1.8;

    private StateChips() {
    }

    /** Room, in em, for a chip naming a state of {@code longest} characters; 0 when there is none. */
    static double widthEm(int longest) {
        return longest == 0 ? 0 : longest * CHAR_EM + PAD_EM;
    }

    /**
     * Draws every lane's chips up to step {@code stepIndex}, adding their bounds to {@code placed}.
     * Returns the right edge of the last lane's chips, where measurements may start.
     */
    static double draw(SequenceDiagram diagram, DiagramGeometry g, double em, Trace trace, int stepIndex,
                       List<Bounds> placed) {
        double chipsRight = g.laneX(trace.lanes().size() - 1);
        for (int laneIndex = 0; laneIndex < trace.lanes().size(); laneIndex++) {
            String id = trace.lanes().get(laneIndex).id();
            List<Step> changes = new ArrayList<>();
            List<String> states = new ArrayList<>();
            String previous = null;
            for (int i = 0; i <= stepIndex; i++) {
                Step s = trace.step(i);
                String state = s.snapshot().node(id).map(NodeState::state).orElse(null);
                boolean drawn = s.time() >= g.axis().min() && s.time() <= g.axis().max();
                if (state != null && !state.equals(previous) && i > 0 && drawn) {
                    changes.add(s);
                    states.add(state);
                }
                previous = state;
            }
            double x = g.laneX(laneIndex);
            List<Bounds> laneChips = new ArrayList<>();
            for (int c = changes.size() - 1; c >= 0; c--) {
                double y = g.y(changes.get(c).time());
                Circle dot = new Circle(x, y, 0.3 * em);
                dot.getStyleClass().add("state-dot");
                diagram.add(dot);
                // Chips sit outside the diagram: left of the first lane, right of the others.
                Label chip = diagram.label(states.get(c), "state-chip");
                double cx = laneIndex == 0 ? x - chip.prefWidth(-1) - 0.6 * em : x + 0.6 * em;
                double cy = y - chip.prefHeight(-1) / 2;
                BoundingBox box = new BoundingBox(cx, cy, chip.prefWidth(-1), chip.prefHeight(-1));
                if (laneChips.stream().anyMatch(b -> b.intersects(box))) {
                    diagram.remove(chip);
                    continue;
                }
                laneChips.add(box);
                SequenceDiagram.place(chip, cx, cy);
                placed.add(box);
                if (laneIndex == trace.lanes().size() - 1) {
                    chipsRight = Math.max(chipsRight, cx + chip.prefWidth(-1));
                }
            }
        }
        return chipsRight;
    }
}
