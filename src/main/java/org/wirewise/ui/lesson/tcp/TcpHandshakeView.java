package org.wirewise.ui.lesson.tcp;

import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.util.Subscription;
import org.wirewise.model.packet.Dissector;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.model.text.Texts;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The handshake lesson: a sequence diagram of client and server above the bytes of the selected
 * segment. Each step selects the segment it is about; a click on any segment selects that one.
 */
public final class TcpHandshakeView implements LessonView {

    private final SequenceDiagram diagram = new SequenceDiagram();
    private final TitledPacketBytes bytes;
    private final Label bytesTitle = new Label();
    private final SplitPane root = new SplitPane();
    private final Subscription selection;
    private Trace trace;
    private int shownStep = -1;
    private final Texts texts;

    /** A view whose own words are English (the TLS lessons embed it). */
    public TcpHandshakeView() {
        this(Locale.ENGLISH);
    }

    /** @param language the language of the view's own words */
    public TcpHandshakeView(Locale language) {
        texts = Texts.of(TcpConnectionView.TEXTS, language);
        bytes = new TitledPacketBytes(language);
        diagram.setLanguage(language);
        diagram.setId("sequence-diagram");
        root.setOrientation(Orientation.VERTICAL);
        root.getItems().addAll(diagram, bytes);
        root.setDividerPositions(0.68);
        selection = diagram.selectedPacketProperty().subscribe(this::showBytes);
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
            diagram.selectPacketOfStep(stepIndex);
        }
    }

    @Override
    public void setReveal(boolean hideFuture) {
        diagram.setHidesFuture(hideFuture);
    }

    /** Screen readers: the step's description is the diagram's accessible text. */
    @Override
    public void describe(String description, java.util.Locale language) {
        diagram.describe(description, language);
    }

    @Override
    public void dispose() {
        selection.unsubscribe();
    }

    private void showBytes(TracePacket packet) {
        if (packet == null) {
            bytes.clear(texts.get("bytes.title"));
            return;
        }
        byte[] frame = packet.frame();
        bytes.show(texts.get("bytes.of", packet.label().replace('\n', ' '), Integer.toString(frame.length)), frame,
                Dissector.dissect(frame));
    }
}
