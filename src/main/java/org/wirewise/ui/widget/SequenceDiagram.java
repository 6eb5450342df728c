package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.wirewise.model.sim.SimTime;
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
public final class SequenceDiagram extends Region {

    private static final double HEADER_EM = 6.2;
    private static final double AXIS_EM = 6.5;

    private final ObjectProperty<TracePacket> selectedPacket = new SimpleObjectProperty<>(this, "selectedPacket");
    private final Label emProbe = new Label("M");
    private final Map<Integer, Integer> revealStep = new HashMap<>();
    /** One tooltip per packet, made once per trace: layout rebuilds the nodes on every pulse. */
    private final Map<Integer, Tooltip> tooltips = new HashMap<>();
    private Trace trace;
    private int stepIndex;
    private long time;
    private long axisMax = 1;
    private double gutterEm = 2;
    private BrokenTimeAxis timeAxis = BrokenTimeAxis.linear(1);
    private final ObjectProperty<Consumer<TracePacket>> onTogglePacketLoss =
            new SimpleObjectProperty<>(this, "onTogglePacketLoss");

    public SequenceDiagram() {
        getStyleClass().add("sequence-diagram");
        getStylesheets().add(SequenceDiagram.class.getResource("sequence-diagram.css").toExternalForm());
        emProbe.setManaged(false);
        emProbe.setVisible(false);
        selectedPacket.subscribe(p -> requestLayout());
        onTogglePacketLoss.subscribe(action -> tooltips.clear()); // their last line says whether Shift-click works
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
        tooltips.clear();
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
        requestLayout();
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
        requestLayout();
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
    protected void layoutChildren() {
        getChildren().setAll(emProbe);
        emProbe.applyCss();
        if (trace == null) {
            return;
        }
        double em = emProbe.getFont().getSize();
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
        List<Node> packetLabels = new ArrayList<>();
        for (TracePacket p : byLabelPriority(step)) {
            Label l = drawPacket(g, em, p, placed, p.equals(selectedPacket.get()) || p.id() == step.packetId());
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

    /**
     * The packets shown at this step, in the order their labels claim room: the selected one and
     * the step's own first, then the most recent. On a crowded diagram old labels give way.
     */
    private List<TracePacket> byLabelPriority(Step step) {
        List<TracePacket> shown = new ArrayList<>();
        for (TracePacket p : trace.packets()) {
            if (stepIndex >= revealStep.get(p.id()) || time > p.sentAt()) {
                shown.add(p);
            }
        }
        TracePacket selected = selectedPacket.get();
        shown.sort(java.util.Comparator.<TracePacket>comparingInt(p -> p.equals(selected) ? 0 : p.id() == step.packetId() ? 1 : 2)
                .thenComparing(java.util.Comparator.comparingLong(TracePacket::sentAt).reversed())
                .thenComparing(java.util.Comparator.comparingInt(TracePacket::id).reversed()));
        return shown;
    }

    /** @param prominent the selected packet or the step's own: its label is drawn even where nothing is free */
    private Label drawPacket(DiagramGeometry g, double em, TracePacket p, List<Bounds> placed, boolean prominent) {
        int fromIndex = laneIndex(p.from());
        int toIndex = laneIndex(p.to());
        double x1 = g.laneX(fromIndex);
        double y1 = g.y(p.sentAt());
        double x2 = g.laneX(toIndex);
        double y2 = g.y(p.arrivesAt());
        double progress = p.progressAt(time);
        boolean lost = !p.delivered();
        double shown = lost ? Math.min(progress, 0.6) : progress;
        double hx = x1 + (x2 - x1) * shown;
        double hy = y1 + (y2 - y1) * shown;
        boolean selected = p.equals(selectedPacket.get());
        String state = selected ? "selected" : progress >= 1 ? "arrived" : "in-flight";

        if (progress < 1 && !lost) {
            // The path still ahead, faint: links here are deterministic, so where it lands is known.
            getChildren().add(line(hx, hy, x2, y2, "packet-path"));
        }
        Line body = line(x1, y1, hx, hy, "packet-line");
        body.getStyleClass().add(state);
        Line hit = line(x1, y1, hx, hy, "packet-hit");
        hit.setUserData(p);
        Tooltip.install(hit, tooltip(p));
        hit.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> click(e, p));
        hit.setOnContextMenuRequested(e -> lossMenu(p).show(hit, e.getScreenX(), e.getScreenY()));
        getChildren().addAll(body, hit);
        if (lost && progress >= 0.6) {
            Label cross = label("✕", "packet-lost");
            place(cross, hx - cross.prefWidth(-1) / 2, hy - cross.prefHeight(-1) / 2);
        } else if (progress >= 1) {
            getChildren().add(arrowHead(x1, y1, x2, y2, em, state));
        } else if (progress > 0 || time >= p.sentAt()) {
            Circle head = new Circle(hx, hy, 0.45 * em);
            head.getStyleClass().addAll("packet-head", state);
            getChildren().add(head);
        }

        Label label = label(p.label(), "packet-label");
        label.getStyleClass().add(state);
        label.setId("packet-label-" + p.id());
        label.setUserData(p);
        label.setOnMouseClicked(e -> click(e, p));
        if (onTogglePacketLoss.get() != null) {
            label.setContextMenu(lossMenu(p));
        }
        label.setTooltip(tooltip(p));
        // Back-to-back packets share an arrow; their labels stack beside each other instead. When
        // traffic is too dense for that, a numbered label ("#7 …") shrinks to its number; the
        // tooltip and the bytes pane still give all of it.
        double[] spot = freeSpot(g, em, label, x1, y1, x2, y2, placed, 1);
        if (spot == null) {
            if (p.label().startsWith("#") && p.label().indexOf(' ') > 0) {
                label.setText(p.label().substring(0, p.label().indexOf(' ')));
                label.getStyleClass().add("short");
                label.applyCss();
            }
            spot = freeSpot(g, em, label, x1, y1, x2, y2, placed, 2);
        }
        double lw = label.prefWidth(-1);
        double lh = label.prefHeight(-1);
        if (spot == null && !prominent) {
            getChildren().remove(label);
            return null; // nowhere free: an older packet goes without its label; its arrow's tooltip tells
        }
        if (spot == null) {
            // Nowhere free: at the arrow's middle, but never outside the drawing.
            double mx = Math.max(0, Math.min(getWidth() - lw, x1 + (x2 - x1) * 0.5 - lw / 2));
            spot = new double[] {mx, y1 + (y2 - y1) * 0.5 - lh / 2};
        }
        placed.add(new BoundingBox(spot[0], spot[1], lw, lh));
        place(label, spot[0], spot[1]);
        return label;
    }

    private Tooltip tooltip(TracePacket p) {
        return tooltips.computeIfAbsent(p.id(), id -> new Tooltip(p.label() + "\n" + p.length() + " bytes, " + p.fate().displayName()
                + "\nsent " + SimTime.format(p.sentAt()) + ", arrives " + SimTime.format(p.arrivesAt())
                + "\nClick to see its bytes."
                + (onTogglePacketLoss.get() == null ? ""
                : p.delivered() ? "\nRight-click or Shift-click to lose it." : "\nRight-click or Shift-click to deliver it.")));
    }

    /** A place for a packet's label near its arrow that overlaps nothing placed, inside the plot; or null. */
    private static double[] freeSpot(DiagramGeometry g, double em, Label label, double x1, double y1, double x2, double y2,
                                     List<Bounds> placed, int reach) {
        double lw = label.prefWidth(-1);
        double lh = label.prefHeight(-1);
        double pad = 0.3 * em;
        for (double f : new double[] {0.5, 0.3, 0.7}) {
            for (int k : new int[] {0, 1, -1, 2, -2}) {
                if (Math.abs(k) > reach) {
                    continue;
                }
                double mx = x1 + (x2 - x1) * f - lw / 2;
                double my = y1 + (y2 - y1) * f - lh / 2 + k * (lh + 2 * pad);
                if (my < g.top() - 0.5 * em || my + lh > g.bottom()) {
                    continue;
                }
                BoundingBox box = new BoundingBox(mx - pad, my - pad, lw + 2 * pad, lh + 2 * pad);
                if (placed.stream().noneMatch(b -> b.intersects(box))) {
                    return new double[] {mx, my};
                }
            }
        }
        return null;
    }

    private void click(MouseEvent e, TracePacket p) {
        if (e.isShiftDown() && onTogglePacketLoss.get() != null) {
            onTogglePacketLoss.get().accept(p);
        } else {
            selectedPacket.set(p);
        }
    }

    private ContextMenu lossMenu(TracePacket p) {
        MenuItem item = new MenuItem(p.delivered() ? "Lose this packet" : "Deliver this packet");
        item.setId("toggle-loss-" + p.id());
        item.setOnAction(e -> {
            if (onTogglePacketLoss.get() != null) {
                onTogglePacketLoss.get().accept(p);
            }
        });
        ContextMenu menu = new ContextMenu(item);
        menu.setAutoHide(true);
        return menu;
    }

    private Polygon arrowHead(double x1, double y1, double x2, double y2, double em, String state) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double len = 0.9 * em;
        double spread = Math.toRadians(24);
        Polygon head = new Polygon(x2, y2,
                x2 - len * Math.cos(angle - spread), y2 - len * Math.sin(angle - spread),
                x2 - len * Math.cos(angle + spread), y2 - len * Math.sin(angle + spread));
        head.getStyleClass().addAll("packet-arrowhead", state);
        return head;
    }

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
