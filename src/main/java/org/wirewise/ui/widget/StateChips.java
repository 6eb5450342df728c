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
    /** How many spots a chip of a lane after the first tries. */
    private static final int SPOTS = 6;

    private StateChips() {
    }

    /** Room, in em, for a chip naming a state of {@code longest} characters; 0 when there is none. */
    static double widthEm(int longest) {
        return longest == 0 ? 0 : longest * CHAR_EM + PAD_EM;
    }

    /**
     * A state change drawn: the dot on lane {@code lane} at ({@code dotX}, {@code dotY}) and the chip
     * naming {@code state} in {@code box}, or no chip ({@code box} null) when a later change's covers it.
     */
    record Chip(int lane, String state, double dotX, double dotY, LabelPlacement.Box box) {
    }

    /**
     * Where every lane's state changes up to step {@code stepIndex} are drawn, as a pure function. A chip
     * sits beside its dot, outside the diagram for the first lane (left of it) and right of the others'
     * lanes, unless a packet's arrow runs there (the packet a state change sends leaves from that very
     * dot): then it tries the lane's other side, then just above or under the dot. With no spot clear of
     * arrows it keeps its first one.
     *
     * @param width  a chip's width for its text
     * @param height a chip's height
     */
    static List<Chip> layout(DiagramGeometry g, double em, Trace trace, int stepIndex, List<LabelPlacement.Arrow> arrows,
                             java.util.function.ToDoubleFunction<String> width, double height) {
        List<Chip> chips = new ArrayList<>();
        List<LabelPlacement.Box> taken = new ArrayList<>();
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
            List<LabelPlacement.Box> laneChips = new ArrayList<>();
            for (int c = changes.size() - 1; c >= 0; c--) {
                double y = g.y(changes.get(c).time());
                double w = width.applyAsDouble(states.get(c));
                LabelPlacement.Box first = beside(x, y, w, height, em, laneIndex == 0, 0);
                if (laneChips.stream().anyMatch(first::intersects)) {
                    chips.add(new Chip(laneIndex, states.get(c), x, y, null)); // the later state holds
                    continue;
                }
                LabelPlacement.Box box = first;
                for (int k = 1; laneIndex > 0 && k < SPOTS && crossed(box, arrows, taken); k++) {
                    box = beside(x, y, w, height, em, false, k);
                }
                if (crossed(box, arrows, taken)) {
                    box = first;
                }
                laneChips.add(box);
                taken.add(box);
                chips.add(new Chip(laneIndex, states.get(c), x, y, box));
            }
        }
        return chips;
    }

    /**
     * Spot {@code k} for a chip of a dot at ({@code x}, {@code y}): 0 its usual place (left of the
     * first lane, right of the others), 1 the other side, then right above, right under, left above,
     * left under.
     */
    private static LabelPlacement.Box beside(double x, double y, double w, double h, double em, boolean firstLane, int k) {
        double right = x + 0.6 * em;
        double left = x - w - 0.6 * em;
        double centred = y - h / 2;
        double above = y - h - 0.3 * em;
        double under = y + 0.3 * em;
        double[][] spots = {
            {firstLane ? left : right, centred}, {left, centred}, {right, above}, {right, under}, {left, above}, {left, under}};
        return new LabelPlacement.Box(spots[k][0], spots[k][1], w, h);
    }

    private static boolean crossed(LabelPlacement.Box box, List<LabelPlacement.Arrow> arrows, List<LabelPlacement.Box> taken) {
        return arrows.stream().anyMatch(a -> a.crosses(box)) || taken.stream().anyMatch(box::intersects);
    }

    /**
     * Draws every lane's chips up to step {@code stepIndex} where {@link #layout} puts them, adding their
     * bounds to {@code placed}. Returns the right edge of the last lane's chips, where measurements may start.
     */
    static double draw(SequenceDiagram diagram, DiagramGeometry g, double em, Trace trace, int stepIndex,
                       List<LabelPlacement.Arrow> arrows, List<Bounds> placed) {
        double chipsRight = g.laneX(trace.lanes().size() - 1);
        Label probe = diagram.label("", "state-chip");
        java.util.function.ToDoubleFunction<String> width = text -> {
            probe.setText(text);
            return probe.prefWidth(-1);
        };
        double height = probe.prefHeight(-1);
        List<Chip> chips = layout(g, em, trace, stepIndex, arrows, width, height);
        diagram.remove(probe);
        for (Chip chip : chips) {
            Circle dot = new Circle(chip.dotX(), chip.dotY(), 0.3 * em);
            dot.getStyleClass().add("state-dot");
            diagram.add(dot);
            if (chip.box() == null) {
                continue;
            }
            LabelPlacement.Box b = chip.box();
            Label label = diagram.label(chip.state(), "state-chip");
            SequenceDiagram.place(label, b.x(), b.y());
            placed.add(new BoundingBox(b.x(), b.y(), b.w(), b.h()));
            if (chip.lane() == trace.lanes().size() - 1) {
                chipsRight = Math.max(chipsRight, b.x() + b.w());
            }
        }
        return chipsRight;
    }
}
