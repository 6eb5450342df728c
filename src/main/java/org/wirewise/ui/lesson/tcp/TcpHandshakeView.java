package org.wirewise.ui.lesson.tcp;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.util.Subscription;
import org.wirewise.model.packet.Dissector;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.PacketBytesView;
import org.wirewise.ui.widget.SequenceDiagram;

/**
 * The handshake lesson: a sequence diagram of client and server above the bytes of the selected
 * segment. Each step selects the segment it is about; a click on any segment selects that one.
 */
public final class TcpHandshakeView implements LessonView {

    private final SequenceDiagram diagram = new SequenceDiagram();
    private PacketBytesView bytes; // built when the first packet is selected: step 1 shows none
    private final BorderPane bytesPane = new BorderPane(placeholder());
    private final Label bytesTitle = new Label();
    private final SplitPane root = new SplitPane();
    private final Subscription selection;
    private Trace trace;
    private int shownStep = -1;

    public TcpHandshakeView() {
        diagram.setId("sequence-diagram");
        bytesTitle.getStyleClass().add("section-title");
        bytesPane.setTop(bytesTitle);
        bytesPane.getStyleClass().add("bytes-pane");
        root.setOrientation(Orientation.VERTICAL);
        root.getItems().addAll(diagram, bytesPane);
        root.setDividerPositions(0.68);
        selection = diagram.selectedPacketProperty().subscribe(this::showBytes);
    }

    private static Label placeholder() {
        Label l = new Label(PacketBytesView.PLACEHOLDER_TEXT);
        l.getStyleClass().add("text-muted"); // AtlantaFX's muted text
        return l;
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
    }

    @Override
    public void show(int stepIndex, long time) {
        diagram.show(stepIndex, time);
        if (stepIndex != shownStep) {
            shownStep = stepIndex;
            int packetId = trace.step(stepIndex).packetId();
            diagram.selectedPacketProperty().set(packetId >= 0 ? trace.packets().get(packetId) : null);
        }
    }

    @Override
    public void dispose() {
        selection.unsubscribe();
    }

    private void showBytes(TracePacket packet) {
        if (packet == null) {
            if (bytes != null) {
                bytes.clear();
            }
            bytesTitle.setText("Packet bytes");
            return;
        }
        if (bytes == null) {
            bytes = new PacketBytesView();
            bytesPane.setCenter(bytes);
        }
        byte[] frame = packet.frame();
        bytes.show(frame, Dissector.dissect(frame));
        bytesTitle.setText("Packet bytes: " + packet.label().replace('\n', ' ') + " (" + frame.length + " bytes)");
    }
}
