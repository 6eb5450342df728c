package org.wirewise.ui.lesson.http;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.util.Subscription;
import org.wirewise.model.http.h3.QuicLessonSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The HTTP/3 over QUIC lesson: the sequence diagram of phone and server, below it the step's QUIC
 * packets and the requests with their streams, and the selected datagram's bytes.
 */
public final class QuicView implements LessonView {

    private final SequenceDiagram diagram = new SequenceDiagram();
    private final QuicTables tables = new QuicTables();
    private final TitledPacketBytes bytes;
    private final SplitPane lower;
    private final PictureSplit root;
    private final Subscription selection;
    private Trace trace;
    private int shownStep = -1;

    /** @param language the view's context's language, for the diagram's and the bytes pane's words */
    public QuicView(java.util.Locale language) {
        bytes = new TitledPacketBytes(language);
        lower = new SplitPane(tables, bytes);
        root = new PictureSplit(0.55, diagram, lower);
        diagram.setLanguage(language);
        diagram.setId("sequence-diagram");
        tables.setId("quic-tables");
        lower.setDividerPositions(0.55);
        selection = diagram.selectedPacketProperty().subscribe(this::showBytes);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace trace) {
        this.trace = trace;
        diagram.setTrace(trace);
        shownStep = -1;
    }

    @Override
    public void show(int stepIndex, long time) {
        diagram.show(stepIndex, time);
        if (stepIndex != shownStep) {
            shownStep = stepIndex;
            tables.show(trace.step(stepIndex).snapshot(), QuicLessonSimulator.PACKETS_TABLE, QuicLessonSimulator.REQUESTS_TABLE);
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

    /** The bytes pane is there while a packet is selected; otherwise the tables get the room (no cut placeholder). */
    private void showBytes(org.wirewise.model.trace.TracePacket packet) {
        bytes.show(packet);
        if (packet == null) {
            lower.getItems().remove(bytes);
        } else if (!lower.getItems().contains(bytes)) {
            lower.getItems().add(bytes);
            lower.setDividerPositions(0.55);
        }
    }
}
