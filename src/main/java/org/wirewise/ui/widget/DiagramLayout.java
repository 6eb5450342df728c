package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/**
 * What a {@link SequenceDiagram} draws for a trace, worked out without JavaFX: the time axis,
 * which packets a step shows, where their arrows run and where their labels go. The diagram
 * measures text and makes the nodes; tests run every lesson's steps through this directly.
 */
final class DiagramLayout {

    static final double HEADER_EM = 6.2;
    static final double AXIS_EM = 6.5;

    private final Trace trace;
    private final Map<Integer, Integer> revealStep = new HashMap<>();
    private final BrokenTimeAxis timeAxis;
    private final double gutterEm;

    DiagramLayout(Trace trace) {
        this.trace = trace;
        long end = 0;
        List<Long> moments = new ArrayList<>();
        List<long[]> flights = new ArrayList<>();
        for (int i = 0; i < trace.stepCount(); i++) {
            moments.add(trace.step(i).time());
        }
        for (TracePacket p : trace.packets()) {
            end = Math.max(end, p.arrivesAt());
            moments.add(p.sentAt());
            moments.add(p.arrivesAt());
            flights.add(new long[] {p.sentAt(), p.arrivesAt()});
            int reveal = trace.stepCount();
            for (int i = 0; i < trace.stepCount(); i++) {
                Step s = trace.step(i);
                if (s.time() > p.sentAt() || s.packetId() == p.id()) {
                    reveal = i;
                    break;
                }
            }
            revealStep.put(p.id(), reveal);
        }
        timeAxis = BrokenTimeAxis.over(moments, flights, Math.max(end, trace.duration()));
        gutterEm = gutterFor(trace);
    }

    Trace trace() {
        return trace;
    }

    BrokenTimeAxis timeAxis() {
        return timeAxis;
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

    /** Where lanes and times go in a drawing of {@code w} × {@code h} pixels at type size {@code em}. */
    DiagramGeometry geometry(double w, double h, double em) {
        double top = HEADER_EM * em;
        double bottom = h - 1.5 * em;
        double left = AXIS_EM * em;
        double gutter = Math.min(gutterEm * em, 0.4 * (w - left));
        return new DiagramGeometry(top, bottom, left, w - 2 * em, w - gutter, timeAxis, trace.lanes().size());
    }

    /** The packets shown at this step: those sent by now, and any the steps so far have revealed. */
    List<TracePacket> shownPackets(int stepIndex, long time) {
        List<TracePacket> shown = new ArrayList<>();
        for (TracePacket p : trace.packets()) {
            if (stepIndex >= revealStep.get(p.id()) || time > p.sentAt()) {
                shown.add(p);
            }
        }
        return shown;
    }

    int laneIndex(String id) {
        for (int i = 0; i < trace.lanes().size(); i++) {
            if (trace.lanes().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no lane " + id);
    }

    /** Packet {@code p}'s arrow: sender to receiver, or to where it vanishes when it is lost. */
    LabelPlacement.Arrow arrow(DiagramGeometry g, TracePacket p) {
        double x1 = g.laneX(laneIndex(p.from()));
        double y1 = g.y(p.sentAt());
        double x2 = g.laneX(laneIndex(p.to()));
        double y2 = g.y(p.arrivesAt());
        double reach = p.delivered() ? 1 : PacketArrows.LOST_AT;
        return new LabelPlacement.Arrow(p.id(), x1, y1, x1 + (x2 - x1) * reach, y1 + (y2 - y1) * reach);
    }

    /** A numbered label's number alone ("#7" of "#7 ACK ack=1461"), or null when it has none. */
    static String shortText(String label) {
        int space = label.indexOf(' ');
        return label.startsWith("#") && space > 0 ? label.substring(0, space) : null;
    }

    /**
     * Where the labels of the packets shown go, the selected one and the step's own first, then
     * the most recent.
     *
     * @param width     a label's width for its text, in pixels
     * @param height    a label's height
     * @param obstacles room other parts of the drawing have taken
     */
    List<LabelPlacement.Placement> labels(DiagramGeometry g, double em, int stepIndex, long time, TracePacket selected,
                                          ToDoubleFunction<String> width, double height,
                                          List<LabelPlacement.Box> obstacles) {
        List<TracePacket> shown = shownPackets(stepIndex, time);
        List<LabelPlacement.Arrow> arrows = new ArrayList<>();
        for (TracePacket p : shown) {
            arrows.add(arrow(g, p));
        }
        PacketLabels.sortByPriority(shown, selected, trace.step(stepIndex).packetId());
        List<LabelPlacement.Request> requests = new ArrayList<>();
        for (TracePacket p : shown) {
            String shortText = shortText(p.label());
            requests.add(new LabelPlacement.Request(p.id(), p.label(), width.applyAsDouble(p.label()),
                    shortText, shortText == null ? 0 : width.applyAsDouble(shortText), height));
        }
        LabelPlacement.Box plot = new LabelPlacement.Box(0, g.top() - 0.5 * em, g.right() + 2 * em, g.bottom() - g.top() + 0.5 * em);
        return LabelPlacement.place(requests, arrows, obstacles, plot, em);
    }
}
