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
    private final DiagramWindow window;
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
        window = new DiagramWindow(trace, timeAxis, i -> shownPackets(i, trace.step(i).time()));
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

    /** Where lanes and times go in a drawing of {@code w} × {@code h} pixels at type size {@code em}, over the whole run. */
    DiagramGeometry geometry(double w, double h, double em) {
        return geometry(w, h, em, new DiagramWindow.Choice(timeAxis, true));
    }

    /**
     * As {@link #geometry(double, double, double)} on a window's axis; a window leaves room left of
     * the time axis for the overview strip of the whole run.
     */
    DiagramGeometry geometry(double w, double h, double em, DiagramWindow.Choice choice) {
        double top = HEADER_EM * em;
        double bottom = h - 1.5 * em;
        double left = (AXIS_EM + (choice.whole() ? 0 : OverviewStrip.WIDTH_EM)) * em;
        double gutter = Math.min(gutterEm * em, 0.4 * (w - left));
        return new DiagramGeometry(top, bottom, left, w - 2 * em, w - gutter, choice.axis(), trace.lanes().size());
    }

    /** How tall the time axis is in a drawing {@code h} pixels tall at type size {@code em}. */
    static double plotHeight(double h, double em) {
        return h - 1.5 * em - HEADER_EM * em;
    }

    /**
     * The axis the moment (step, time) is drawn on: the step's window, or the next step's once the
     * player has run past it toward that step.
     */
    DiagramWindow.Choice window(int stepIndex, long time, double plotPx) {
        DiagramWindow.Choice choice = window.at(stepIndex, plotPx);
        if (time > choice.to() && stepIndex + 1 < trace.stepCount()) {
            return window.at(stepIndex + 1, plotPx);
        }
        return choice;
    }

    /** A window of {@code span} around {@code centre}: where the user moved it at step {@code stepIndex}. */
    DiagramWindow.Choice windowAround(int stepIndex, long centre, long span) {
        return window.around(stepIndex, centre, span);
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

    /** The packets of {@link #shownPackets} whose arrows cross the geometry's stretch of time. */
    List<TracePacket> visiblePackets(DiagramGeometry g, int stepIndex, long time) {
        List<TracePacket> visible = new ArrayList<>();
        for (TracePacket p : shownPackets(stepIndex, time)) {
            if (arrow(g, p) != null) {
                visible.add(p);
            }
        }
        return visible;
    }

    /** Packet {@code p}'s whole line, sender to receiver, even where it runs outside the axis. */
    double[] line(DiagramGeometry g, TracePacket p) {
        return new double[] {g.laneX(laneIndex(p.from())), g.yFree(p.sentAt()),
            g.laneX(laneIndex(p.to())), g.yFree(p.arrivesAt())};
    }

    /**
     * Packet {@code p}'s arrow as drawn, sender to receiver (or to where it vanishes when it is
     * lost), cut to the axis's height; null when none of it is inside.
     */
    LabelPlacement.Arrow arrow(DiagramGeometry g, TracePacket p) {
        double[] l = line(g, p);
        double reach = p.delivered() ? 1 : PacketArrows.LOST_AT;
        double[] c = g.clip(l[0], l[1], l[0] + (l[2] - l[0]) * reach, l[1] + (l[3] - l[1]) * reach);
        return c == null ? null : new LabelPlacement.Arrow(p.id(), c[0], c[1], c[2], c[3]);
    }

    /** The arrows of the packets a moment shows, as drawn on the geometry's stretch of time. */
    List<LabelPlacement.Arrow> arrows(DiagramGeometry g, int stepIndex, long time) {
        return visiblePackets(g, stepIndex, time).stream().map(p -> arrow(g, p)).toList();
    }

    /**
     * Where the time cursor's reading goes at this moment ({@link NowLabel}): beside the now-line, clear
     * of every arrow where there is such a spot, in a drawing {@code height} pixels tall.
     */
    LabelPlacement.Box nowLabel(DiagramGeometry g, double em, int stepIndex, long time, double w, double h, double height,
                                List<LabelPlacement.Box> obstacles) {
        return NowLabel.place(g.y(time), g.left(), g.right(), w, h, em, 0, height, arrows(g, stepIndex, time), obstacles);
    }

    /** A numbered label's number alone ("#7" of "#7 ACK ack=1461"), or null when it has none. */
    static String shortText(String label) {
        int space = label.indexOf(' ');
        return label.startsWith("#") && space > 0 ? label.substring(0, space) : null;
    }

    /**
     * A label broken after the ", " or " +" nearest its middle ("A + B, C" as "A +" over "B, C"),
     * or null when it has no such break; read with the break as a space it is the label again.
     */
    static String twoLines(String label) {
        int best = -1;
        for (int i = label.indexOf(' '); i > 0; i = label.indexOf(' ', i + 1)) {
            boolean breakable = label.charAt(i - 1) == ',' || label.charAt(i - 1) == '+' && i >= 2 && label.charAt(i - 2) == ' ';
            if (breakable && (best < 0 || Math.abs(i - label.length() / 2) < Math.abs(best - label.length() / 2))) {
                best = i;
            }
        }
        return best < 0 || label.contains("\n") ? null : label.substring(0, best) + "\n" + label.substring(best + 1);
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
        List<TracePacket> shown = visiblePackets(g, stepIndex, time);
        List<LabelPlacement.Arrow> arrows = shown.stream().map(p -> arrow(g, p)).toList();
        PacketLabels.sortByPriority(shown, selected, trace.step(stepIndex).packetId());
        List<LabelPlacement.Request> requests = new ArrayList<>();
        for (TracePacket p : shown) {
            String shortText = shortText(p.label());
            double shortHeight = height;
            if (shortText == null && requests.isEmpty()) {
                // The step's own packet with a long list and no number ("ServerHello + EncryptedExtensions,
                // CertificateRequest, …"): its words on two lines when one is wider than there is room.
                shortText = twoLines(p.label());
                shortHeight = 2 * height;
            }
            requests.add(new LabelPlacement.Request(p.id(), p.label(), width.applyAsDouble(p.label()),
                    shortText, shortText == null ? 0 : width.applyAsDouble(shortText), height, shortHeight));
        }
        // Labels may hang into the empty margin under the lifelines (a short diagram's last free line).
        LabelPlacement.Box plot = new LabelPlacement.Box(0, g.top() - 0.5 * em, g.right() + 2 * em, g.bottom() - g.top() + 1.9 * em);
        return LabelPlacement.place(requests, arrows, obstacles, plot, em);
    }
}
