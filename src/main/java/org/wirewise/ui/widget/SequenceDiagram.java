package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/**
 * A sequence diagram drawn from a trace at one moment: lanes with their current protocol state,
 * time flowing down, each packet a slanted arrow that grows while it is in flight, state changes
 * marked where they happen, and measured spans as brackets. It is a function of (step, time):
 * {@link #show} only records them and the drawing happens on the next layout pulse.
 */
public final class SequenceDiagram extends DrawnPane {

    private static final double HEADER_EM = 6.2;
    private static final double AXIS_EM = 6.5;

    private final ObjectProperty<TracePacket> selectedPacket = new SimpleObjectProperty<>(this, "selectedPacket");
    private final Map<Integer, Integer> revealStep = new HashMap<>();
    private Trace trace;
    private int stepIndex;
    private long time;
    private long axisMax = 1;
    private double gutterEm = 2;
    private BrokenTimeAxis timeAxis = BrokenTimeAxis.linear(1);
    private final ObjectProperty<Consumer<TracePacket>> onTogglePacketLoss =
            new SimpleObjectProperty<>(this, "onTogglePacketLoss");
    private final PacketActions packetActions = new PacketActions(selectedPacket, onTogglePacketLoss);

    public SequenceDiagram() {
        getStyleClass().add("sequence-diagram");
        getStylesheets().add(SequenceDiagram.class.getResource("sequence-diagram.css").toExternalForm());
        selectedPacket.subscribe(p -> invalidateDrawing());
        onTogglePacketLoss.subscribe(action -> {
            packetActions.forgetTooltips(); // their last line says whether Shift-click works
            invalidateDrawing(); // labels offer the loss menu only when there is an action
        });
    }

    /** The packet whose bytes are shown; clicking an arrow or its label selects it. */
    public ObjectProperty<TracePacket> selectedPacketProperty() {
        return selectedPacket;
    }

    /**
     * What losing or restoring a packet does; when set, each packet offers it in a context menu
     * and on Shift-click. Lessons re-run their simulation with the packet on or off the drop list.
     */
    public ObjectProperty<Consumer<TracePacket>> onTogglePacketLossProperty() {
        return onTogglePacketLoss;
    }

    public void setTrace(Trace newTrace) {
        trace = newTrace;
        revealStep.clear();
        packetActions.forgetTooltips();
        long end = 0;
        List<Long> moments = new ArrayList<>();
        for (int i = 0; i < newTrace.stepCount(); i++) {
            moments.add(newTrace.step(i).time());
        }
        for (TracePacket p : newTrace.packets()) {
            end = Math.max(end, p.arrivesAt());
            moments.add(p.sentAt());
            moments.add(p.arrivesAt());
            int reveal = newTrace.stepCount();
            for (int i = 0; i < newTrace.stepCount(); i++) {
                Step s = newTrace.step(i);
                if (s.time() > p.sentAt() || s.packetId() == p.id()) {
                    reveal = i;
                    break;
                }
            }
            revealStep.put(p.id(), reveal);
        }
        timeAxis = BrokenTimeAxis.over(moments, Math.max(end, newTrace.duration()));
        axisMax = timeAxis.max();
        gutterEm = gutterFor(newTrace);
        invalidateDrawing();
    }

    /**
     * Room right of the last lane: its widest state chip, plus a measurement's bracket and label if
     * the trace measures anything. Sized from the trace so that lanes get the rest of the width.
     */
    private static double gutterFor(Trace trace) {
        String last = trace.lanes().get(trace.lanes().size() - 1).id();
        int longest = 0;
        boolean measures = false;
        for (Step s : trace.steps()) {
            longest = Math.max(longest, s.snapshot().node(last).map(n -> n.state().length()).orElse(0));
            measures |= !s.snapshot().measurements().isEmpty();
        }
        return 1 + StateChips.widthEm(longest) + (measures ? Measurements.ROOM_EM : 0);
    }

    /** The moment to draw: a step index and the simulated time (between that step and the next). */
    public void show(int newStepIndex, long newTime) {
        stepIndex = newStepIndex;
        time = newTime;
        invalidateDrawing();
    }

    /** The time the axis runs to; shown as its last tick. */
    public long axisMax() {
        return axisMax;
    }

    // The drawing fills whatever size it is given; its children must not feed back into its size.
    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 320;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 240;
    }

    @Override
    protected void draw() {
        if (trace == null) {
            return;
        }
        double em = em();
        double w = getWidth();
        double h = getHeight();
        double top = HEADER_EM * em;
        double bottom = h - 1.5 * em;
        double left = AXIS_EM * em;
        double gutter = Math.min(gutterEm * em, 0.4 * (w - left));
        DiagramGeometry g = new DiagramGeometry(top, bottom, left, w - 2 * em, w - gutter, timeAxis, trace.lanes().size());
        List<Bounds> placed = new ArrayList<>(); // labels drawn so far, which later ones avoid
        DiagramTimeAxis.drawAxis(this, g, em, placed);
        Step step = trace.step(stepIndex);
        LaneHeaders.draw(this, g, em, trace.lanes(), step);
        TimerCountdowns.draw(this, g::y, g::laneX, this::laneIndex, step, time, em, placed);
        double chipsRight = StateChips.draw(this, g, em, trace, stepIndex, placed);
        List<TracePacket> shown = shownPackets();
        PacketLabels.sortByPriority(shown, selectedPacket.get(), step.packetId());
        List<Node> packetLabels = new ArrayList<>();
        for (TracePacket p : shown) {
            boolean selected = p.equals(selectedPacket.get());
            PacketArrows.Arrow arrow = PacketArrows.draw(this, g, em, p, time, selected, packetActions);
            Label l = PacketLabels.draw(this, g, em, p, arrow, packetActions, placed, selected || p.id() == step.packetId());
            if (l != null) {
                packetLabels.add(l);
            }
        }
        packetLabels.forEach(Node::toFront); // labels above every arrow, whatever order they were drawn in
        for (Measurement m : step.snapshot().measurements()) {
            Measurements.draw(this, g, em, m, chipsRight);
        }
        DiagramTimeAxis.drawNow(this, g, em, time);
    }

    /** The packets shown at this step: those sent by now, and any the steps so far have revealed. */
    private List<TracePacket> shownPackets() {
        List<TracePacket> shown = new ArrayList<>();
        for (TracePacket p : trace.packets()) {
            if (stepIndex >= revealStep.get(p.id()) || time > p.sentAt()) {
                shown.add(p);
            }
        }
        return shown;
    }

    // What the package's painters (DiagramTimeAxis, LaneHeaders, StateChips, PacketArrows,
    // PacketLabels, Measurements, TimerCountdowns) draw with: children are added in drawing order.

    void add(Node... nodes) {
        getChildren().addAll(nodes);
    }

    void remove(Node node) {
        getChildren().remove(node);
    }

    int laneIndex(String id) {
        for (int i = 0; i < trace.lanes().size(); i++) {
            if (trace.lanes().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no lane " + id);
    }

    static Line line(double x1, double y1, double x2, double y2, String styleClass) {
        Line l = new Line(x1, y1, x2, y2);
        l.getStyleClass().add(styleClass);
        return l;
    }

    Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setAlignment(Pos.CENTER);
        getChildren().add(l);
        l.applyCss();
        return l;
    }

    static void place(Node node, double x, double y) {
        if (node instanceof Region r) {
            r.resize(r.prefWidth(-1), r.prefHeight(-1));
        }
        node.relocate(Math.round(x), Math.round(y));
    }
}
