package org.wirewise.ui.lesson.tcp;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.util.Subscription;
import org.wirewise.model.packet.Dissector;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonContext;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TcptraceChart;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * A TCP connection between client and server: the sequence diagram with state chips, running
 * timers and lost packets, above the bytes of the selected segment. Right-click (or Shift-click) a
 * packet to lose it: the lesson re-runs with that packet on its drop list.
 */
public final class TcpConnectionView implements LessonView {

    private final SequenceDiagram diagram = new SequenceDiagram();
    private final TcptraceChart graph = new TcptraceChart();
    private final CaptureGraphsPane captureGraphs;
    private final GraphChoice choice;
    private boolean hasGraph;
    private boolean hasCaptureGraphs;
    private final TitledPacketBytes bytes;
    private final BufferBars buffers;
    private final DeliveryTimeline timeline;
    private final SocketPanel sockets;
    private final SidePanel side = new SidePanel();
    private final PictureSplit top = new PictureSplit(0.5);
    private final SplitPane split = new SplitPane();
    private final javafx.scene.layout.VBox root = new javafx.scene.layout.VBox();
    private final Subscription selection;
    private Trace trace;
    private int shownStep = -1;
    /** The TCP views' own words. */
    static final String TEXTS = "org.wirewise.ui.lesson.tcp.tcp-views";
    private final Texts texts;

    /** @param context the lesson's parameters; when it has a drop list, packets can be lost from the diagram */
    public TcpConnectionView(LessonContext context) {
        texts = Texts.of(TEXTS, context.language());
        captureGraphs = new CaptureGraphsPane(texts);
        choice = new GraphChoice(this::showChoice, texts);
        root.getChildren().setAll(choice, split);
        bytes = new TitledPacketBytes(context.language());
        diagram.setLanguage(context.language());
        graph.setLanguage(context.language());
        buffers = new BufferBars(texts);
        timeline = new DeliveryTimeline(texts);
        sockets = new SocketPanel(texts);
        diagram.setId("sequence-diagram");
        split.setOrientation(Orientation.VERTICAL);
        root.getStylesheets().add(TcpConnectionView.class.getResource("tcp-lesson.css").toExternalForm());
        javafx.scene.layout.VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        top.getItems().add(diagram);
        split.getItems().addAll(top, bytes);
        split.setDividerPositions(0.72);
        selection = diagram.selectedPacketProperty().subscribe(this::showBytes);
        if (context.hasParameter(PacketLossEditor.DROP)) {
            diagram.onTogglePacketLossProperty().set(p -> PacketLossEditor.toggle(context, p));
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
        shownStep = -1;
        diagram.setTrace(newTrace);
        var sequences = org.wirewise.model.transport.SequenceGraph.of(newTrace);
        hasGraph = sequences.isPresent();
        sequences.ifPresent(g -> graph.setGraph(g, newTrace.lanes()));
        hasCaptureGraphs = CaptureGraphsPane.applies(newTrace);
        if (hasCaptureGraphs) {
            captureGraphs.setTrace(newTrace);
        }
        choice.setAvailable(hasGraph, hasCaptureGraphs);
        showChoice(choice.shown());
        boolean withBuffers = newTrace.stepCount() > 0 && BufferBars.applies(newTrace.step(0));
        boolean withTimeline = newTrace.stepCount() > 0 && DeliveryTimeline.applies(newTrace.step(0));
        side.getChildrenList().clear();
        if (withBuffers) {
            side.getChildrenList().add(buffers);
        }
        if (withTimeline) {
            timeline.setTrace(newTrace);
            side.getChildrenList().add(timeline);
            javafx.scene.layout.VBox.setVgrow(timeline, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.layout.HBox.setHgrow(timeline, javafx.scene.layout.Priority.ALWAYS);
        }
        sockets.setTrace(newTrace);
        if (newTrace.stepCount() > 0 && SocketPanel.applies(newTrace.step(0))) {
            side.getChildrenList().add(sockets);
            javafx.scene.layout.HBox.setHgrow(sockets, javafx.scene.layout.Priority.ALWAYS);
        }
        if (!side.getChildrenList().isEmpty() && !top.getItems().contains(side)) {
            top.getItems().add(side);
        }
        if (!side.getChildrenList().isEmpty()) {
            // Socket tables need the width for their 5-tuples, so they go below the diagram;
            // bars and timelines fit beside it.
            boolean below = side.getChildrenList().contains(sockets);
            top.setOrientation(below ? Orientation.VERTICAL : Orientation.HORIZONTAL);
            side.setOrientationHint(below);
            top.setOwnShare(below ? 0.5 : 0.72);
        } else if (side.getChildrenList().isEmpty()) {
            top.getItems().remove(side);
        }
    }

    @Override
    public void show(int stepIndex, long time) {
        diagram.show(stepIndex, time);
        graph.show(time, trace.step(stepIndex).packetId());
        if (hasCaptureGraphs) {
            captureGraphs.show(time);
        }
        if (side.getChildrenList().contains(buffers)) {
            buffers.show(trace.step(stepIndex), time);
        }
        if (side.getChildrenList().contains(timeline)) {
            timeline.show(trace.step(stepIndex), time);
        }
        if (side.getChildrenList().contains(sockets)) {
            sockets.show(trace.step(stepIndex));
        }
        if (stepIndex != shownStep) {
            shownStep = stepIndex;
            diagram.selectPacketOfStep(stepIndex);
        }
    }

    /** G: the tcptrace graph in the ladder's place, and back; I (a replayed capture): its graphs over time. */
    @Override
    public boolean handleKey(javafx.scene.input.KeyCode code) {
        return choice.press(code);
    }

    private void showChoice(GraphChoice.Shown shown) {
        top.getItems().set(0, switch (shown) {
            case DIAGRAM -> diagram;
            case TCPTRACE -> graph;
            case GRAPHS -> captureGraphs;
        });
    }

    @Override
    public void setReveal(boolean hideFuture) {
        diagram.setHidesFuture(hideFuture);
        captureGraphs.setReveal(hideFuture);
    }

    /** Screen readers: the step's description is the diagram's accessible text. */
    @Override
    public void describe(String description, java.util.Locale language) {
        diagram.describe(description, language);
    }

    @Override
    public void dispose() {
        selection.unsubscribe();
        captureGraphs.dispose();
        diagram.onTogglePacketLossProperty().set(null);
    }

    private void showBytes(TracePacket packet) {
        if (packet == null) {
            bytes.clear(texts.get("bytes.select"));
            return;
        }
        byte[] frame = packet.frame();
        bytes.show(texts.get(packet.delivered() ? "bytes.of" : "bytes.ofLost", packet.label().replace('\n', ' '),
                Integer.toString(frame.length)), frame, Dissector.dissect(frame));
    }
}
