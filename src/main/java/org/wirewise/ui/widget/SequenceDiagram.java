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
import javafx.scene.input.MouseEvent;
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

    private static final String A11Y_WORDS = "org.wirewise.ui.widget.a11y";

    private boolean hidesFuture;

    /** Selected packet and keyboard mark: a presentation model, so the nodes hold no state. */
    private final PacketSelection selection = new PacketSelection();
    private final ObjectProperty<TracePacket> selectedPacket = selection.selectedProperty();
    private Trace trace;
    private DiagramLayout layout;
    private int stepIndex;
    private long time;
    private long origin;
    private long axisMax = 1;
    private BrokenTimeAxis timeAxis = BrokenTimeAxis.linear(1);
    private final ObjectProperty<Consumer<TracePacket>> onTogglePacketLoss =
            new SimpleObjectProperty<>(this, "onTogglePacketLoss");
    private final PacketActions packetActions = new PacketActions(selectedPacket, onTogglePacketLoss);
    private WidgetWords words = WidgetWords.ENGLISH;
    /** Where the user moved the window with the overview strip or the keys; null: it follows the step. */
    private Long movedTo;
    private DiagramWindow.Choice drawnWindow;
    private Bounds strip;
    private boolean dragging;
    /** Where the marked packet was drawn last (its label, else its arrow): its menu opens there. */
    private Bounds markBounds;

    /**
     * The language of the diagram's own words (the axis's breaks, packets' tooltips and menu) and
     * of the numbers it prints; English until a lesson view sets its {@code LessonContext.language()}.
     */
    public void setLanguage(java.util.Locale language) {
        words = WidgetWords.of(language);
        packetActions.setWords(words);
        invalidateDrawing();
    }

    /** The diagram's words, for its painters. */
    WidgetWords words() {
        return words;
    }

    public SequenceDiagram() {
        getStyleClass().add("sequence-diagram");
        getStylesheets().add(SequenceDiagram.class.getResource("sequence-diagram.css").toExternalForm());
        selectedPacket.subscribe(p -> invalidateDrawing());
        onTogglePacketLoss.subscribe(action -> {
            packetActions.forgetTooltips(); // their last line says whether Shift-click works
            invalidateDrawing(); // labels offer the loss menu only when there is an action
        });
        selection.markedProperty().subscribe(p -> invalidateDrawing());
        focusedProperty().subscribe(f -> invalidateDrawing()); // the mark is drawn while it has focus
        setFocusTraversable(true); // Tab reaches it: arrows move the mark, Enter selects (DiagramKeys)
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus(); // a click gives it the keys, as Tab does
            dragging = strip != null && strip.contains(e.getX(), e.getY());
            if (dragging) {
                moveWindowTo(e.getY());
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragging) {
                moveWindowTo(e.getY());
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragging = false);
        DiagramKeys.install(this, selection);
    }

    /**
     * Moves the drawn window half a window earlier ({@code direction} -1) or later (+1), or back to
     * following the step (0); false when the whole run is drawn and there is nothing to move.
     */
    boolean panWindow(int direction) {
        if (drawnWindow == null || drawnWindow.whole()) {
            return false;
        }
        long span = drawnWindow.to() - drawnWindow.from();
        long centre = drawnWindow.from() + span / 2;
        movedTo = direction == 0 ? null : centre + direction * (span / 2);
        invalidateDrawing();
        return true;
    }

    /** Moves the drawn window (the one the strip and Shift+arrows move) so that packet {@code p} shows. */
    void reveal(TracePacket p) {
        if (drawnWindow == null || drawnWindow.whole()) {
            return;
        }
        long end = DiagramWindow.end(p);
        if (p.sentAt() < drawnWindow.from() || end > drawnWindow.to()) {
            movedTo = p.sentAt() + (end - p.sentAt()) / 2;
            invalidateDrawing();
        }
    }

    /** Opens the marked packet's menu (lose or deliver it) where it is drawn; false when it has none. */
    boolean showMarkedMenu() {
        TracePacket p = selection.markedProperty().get();
        if (p == null || onTogglePacketLoss.get() == null || markBounds == null) {
            return false;
        }
        Bounds screen = localToScreen(markBounds);
        if (screen != null) {
            packetActions.lossMenu(p).show(this, screen.getMinX(), screen.getMaxY());
        }
        return true;
    }

    /** The marked packet's tooltip (its details), for the key that shows the focused item's tooltip. */
    public java.util.Optional<javafx.scene.control.Tooltip> markedTooltip() {
        TracePacket p = selection.markedProperty().get();
        return p == null ? java.util.Optional.empty() : java.util.Optional.of(packetActions.tooltip(p));
    }

    /** The selected packet and the keyboard's mark. */
    public PacketSelection selection() {
        return selection;
    }

    private void moveWindowTo(double y) {
        if (drawnWindow == null || drawnWindow.whole()) {
            return;
        }
        double f = (y - strip.getMinY()) / strip.getHeight();
        movedTo = layout.timeAxis().timeAt(Math.max(0, Math.min(1, f)));
        invalidateDrawing();
    }

    /** The stretch of time drawn last: the whole run, the step's window, or where the user moved it. */
    DiagramWindow.Choice drawnWindow() {
        return drawnWindow;
    }

    /** The packet whose bytes are shown; clicking an arrow or its label selects it. */
    public ObjectProperty<TracePacket> selectedPacketProperty() {
        return selectedPacket;
    }

    /** Selects the packet step {@code stepIndex} is about (none for a step about no packet), as a new step does. */
    public void selectPacketOfStep(int stepIndex) {
        int packetId = trace.step(stepIndex).packetId();
        selectedPacket.set(packetId >= 0 ? trace.packets().get(packetId) : null);
    }

    /**
     * What losing or restoring a packet does; when set, each packet offers it in a context menu
     * and on Shift-click. Lessons re-run their simulation with the packet on or off the drop list.
     */
    public ObjectProperty<Consumer<TracePacket>> onTogglePacketLossProperty() {
        return onTogglePacketLoss;
    }

    /** Reveal: packets in flight show no faint path to where they will land. */
    public void setHidesFuture(boolean hide) {
        if (hide != hidesFuture) {
            hidesFuture = hide;
            invalidateDrawing();
        }
    }

    boolean hidesFuture() {
        return hidesFuture;
    }

    public void setTrace(Trace newTrace) {
        trace = newTrace;
        layout = new DiagramLayout(newTrace);
        movedTo = null;
        selection.reset();
        packetActions.forgetTooltips();
        timeAxis = layout.timeAxis();
        axisMax = timeAxis.max();
        invalidateDrawing();
    }

    /**
     * Where the trace's time 0 lies on the lesson's clock: tick and cursor labels read
     * {@code origin + t}, so a part of a run cut out after a long silence shows the real times.
     */
    public void setTimeOrigin(long newOrigin) {
        origin = newOrigin;
        invalidateDrawing();
    }

    /** Whether the moment shows any packet: a diagram with none has nothing to say yet. */
    public boolean showsPacketsAt(int stepIndex, long atTime) {
        return layout != null && !layout.shownPackets(stepIndex, atTime).isEmpty();
    }

    /** The moment to draw: a step index and the simulated time (between that step and the next). */
    public void show(int newStepIndex, long newTime) {
        boolean newStep = newStepIndex != stepIndex;
        if (newStep) {
            movedTo = null; // a new step: the window follows it again
        }
        stepIndex = newStepIndex;
        time = newTime;
        if (trace != null) {
            int own = trace.step(stepIndex).packetId();
            selection.setShown(layout.shownPackets(stepIndex, time), own >= 0 ? trace.packets().get(own) : null);
            if (newStep && isFocused()) {
                selection.clearMark(); // the mark starts again on the new step's packet
                selection.placeMark();
            }
        }
        invalidateDrawing();
    }

    /**
     * Screen readers: the shown step in words (its {@code StepDescription}) and, in the window's
     * language, how to use the diagram. The reader announces the text when the step changes.
     */
    public void describe(String description, java.util.Locale language) {
        AccessibleText.picture(this, org.wirewise.model.text.Texts.of(A11Y_WORDS, language).get("diagram.help"));
        AccessibleText.set(this, description);
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
        double plotPx = DiagramLayout.plotHeight(getHeight(), em);
        DiagramWindow.Choice window = layout.window(stepIndex, time, plotPx);
        if (movedTo != null) {
            window = layout.windowAround(stepIndex, movedTo, window.to() - window.from());
        }
        drawnWindow = window;
        DiagramGeometry g = layout.geometry(getWidth(), getHeight(), em, window);
        List<Bounds> placed = new ArrayList<>(); // room taken, which packet labels avoid
        strip = window.whole() ? null
                : OverviewStrip.draw(this, g, em, layout.timeAxis(), window, layout.shownPackets(stepIndex, time), time);
        List<Label> ticks = new ArrayList<>();
        List<Label> breakLabels = DiagramTimeAxis.drawAxis(this, g, em, origin, placed, ticks);
        // The now-line goes under everything else, so it never strikes through a label.
        DiagramTimeAxis.drawNow(this, g, em, time);
        Step step = trace.step(stepIndex);
        LaneHeaders.draw(this, g, em, trace.lanes(), step);
        TimerCountdowns.draw(this, g::y, g::laneX, this::laneIndex, step, time, em, g.top(), placed);
        int beforeChips = placed.size();
        List<LabelPlacement.Arrow> arrows = layout.arrows(g, stepIndex, time);
        double chipsRight = StateChips.draw(this, g, em, trace, stepIndex, arrows, placed);
        // In a narrow diagram (an A/B half) the first lane's chips reach into the axis gutter: the state
        // is what the step is about, so a tick label under a chip gives way (the others stay).
        List<Bounds> chips = List.copyOf(placed.subList(beforeChips, placed.size()));
        ticks.stream().filter(t -> chips.stream().anyMatch(c -> c.intersects(t.getBoundsInParent()))).forEach(this::remove);
        for (Measurement m : step.snapshot().measurements()) {
            placed.add(Measurements.draw(this, g, em, m, chipsRight));
        }
        // Its reading keeps clear of the arrows (one through it looks like a struck-out value).
        Label now = DiagramTimeAxis.nowLabel(this, origin, time);
        LabelPlacement.Box nowBox = layout.nowLabel(g, em, stepIndex, time, now.prefWidth(-1), now.prefHeight(-1),
                getHeight(), boxes(placed));
        place(now, nowBox.x(), nowBox.y());
        placed.add(new javafx.geometry.BoundingBox(nowBox.x(), nowBox.y(), nowBox.w(), nowBox.h()));
        Map<Integer, TracePacket> packets = new HashMap<>();
        Map<Integer, String> styles = new HashMap<>();
        TracePacket marked = isFocused() ? selection.markedProperty().get() : null;
        markBounds = null;
        for (TracePacket p : layout.visiblePackets(g, stepIndex, time)) {
            packets.put(p.id(), p);
            if (p.equals(marked)) {
                markBounds = PacketArrows.drawMark(this, g, layout.line(g, p), p, time);
            }
            styles.put(p.id(), PacketArrows.draw(this, g, em, p, layout.line(g, p), time, p.equals(selectedPacket.get()),
                    packetActions));
        }
        breakLabels.forEach(Node::toFront); // packets in flight cross a break; its words stay readable
        now.toFront(); // on its plate, over any arrow when none left it room
        Label probe = label("", "packet-label");
        probe.getStyleClass().add("selected"); // the widest style (a thicker border): every label fits
        java.util.function.ToDoubleFunction<String> width = text -> {
            probe.setText(text);
            return Math.ceil(probe.prefWidth(-1));
        };
        List<LabelPlacement.Placement> placements = layout.labels(g, em, stepIndex, time, selectedPacket.get(), width,
                Math.ceil(probe.prefHeight(-1)), boxes(placed));
        TracePacket subject = selectedPacket.get() != null ? selectedPacket.get()
                : step.packetId() >= 0 ? trace.packets().get(step.packetId()) : null;
        if (subject != null && packets.containsKey(subject.id()) && !labelled(placements, subject, false)) {
            // The step's own packet has no room for its words on a short diagram (a projector): the
            // axis breaks' captions give way (their bands and zig-zags still mark the cut).
            List<Bounds> firm = new ArrayList<>(placed);
            breakLabels.forEach(b -> firm.removeIf(r -> r.getMinX() == b.getLayoutX() && r.getMinY() == b.getLayoutY()));
            List<LabelPlacement.Placement> roomier = layout.labels(g, em, stepIndex, time, selectedPacket.get(), width,
                    Math.ceil(probe.prefHeight(-1)), boxes(firm));
            // Its words beside its arrow rather than over others; over others rather than not at all.
            if (labelled(roomier, subject, false) || !labelled(placements, subject, true) && labelled(roomier, subject, true)) {
                placements = roomier;
                for (Label b : breakLabels) {
                    var r = new LabelPlacement.Box(b.getLayoutX(), b.getLayoutY(), b.prefWidth(-1), b.prefHeight(-1));
                    if (roomier.stream().anyMatch(pl -> pl.box().intersects(r))) {
                        remove(b);
                    }
                }
            }
        }
        remove(probe);
        List<Label> labels = PacketLabels.draw(this, placements, packets, styles, packetActions);
        if (marked != null) {
            labels.stream().filter(l -> l.getUserData() == marked).findFirst()
                    .ifPresent(l -> markBounds = PacketLabels.drawMark(this, l));
        }
    }

    private static List<LabelPlacement.Box> boxes(List<Bounds> bounds) {
        return bounds.stream().map(b -> new LabelPlacement.Box(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())).toList();
    }

    /** Whether {@code p} got its whole label (not just its number), over other arrows only if {@code over}. */
    private static boolean labelled(List<LabelPlacement.Placement> placements, TracePacket p, boolean over) {
        return placements.stream().anyMatch(pl -> pl.id() == p.id() && pl.text().equals(p.label()) && (over || !pl.over()));
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
        return layout.laneIndex(id);
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
