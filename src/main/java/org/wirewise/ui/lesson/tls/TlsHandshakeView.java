package org.wirewise.ui.lesson.tls;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.wirewise.model.tls.KeyScheduleFact;
import org.wirewise.model.tls.TlsHandshakeSimulator;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.tcp.TcpHandshakeView;

/**
 * The TLS handshake lesson: the TCP handshake lesson's picture (client and server on a sequence
 * diagram above the selected frame's bytes, which the dissector reads as the wire shows them:
 * record types only) beside what the lesson opened with its key log (the step's records) and the
 * key schedule so far.
 */
public final class TlsHandshakeView implements LessonView {

    private final TcpHandshakeView exchange = new TcpHandshakeView();
    private final TableLines records = new TableLines("tls-records");
    private final KeySchedulePicture keys = new KeySchedulePicture();
    private final SplitPane root = new SplitPane();
    private Trace trace;
    private int shownStep = -1;

    public TlsHandshakeView() {
        // Below the exchange, not beside it: the diagram keeps the view's whole width (at 1280x720 a
        // half-width diagram cut its lane and axis labels).
        HBox content = new HBox(16, records, keys);
        HBox.setHgrow(records, Priority.ALWAYS);
        HBox.setHgrow(keys, Priority.ALWAYS);
        records.setPrefWidth(0);
        keys.setPrefWidth(0);
        content.setStyle("-fx-padding: 8");
        ScrollPane side = new ScrollPane(content);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setOrientation(javafx.geometry.Orientation.VERTICAL);
        root.getItems().addAll(exchange.node(), side);
        root.getStyleClass().add("tls-lesson");
        root.getStylesheets().add(java.util.Objects.requireNonNull(TlsHandshakeView.class.getResource("tls.css")).toExternalForm());
        root.setDividerPositions(0.66);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
        shownStep = -1;
        exchange.setTrace(newTrace);
    }

    @Override
    public void show(int stepIndex, long time) {
        exchange.show(stepIndex, time);
        if (stepIndex != shownStep) {
            shownStep = stepIndex;
            Snapshot snapshot = trace.step(stepIndex).snapshot();
            records.show(snapshot.table(TlsHandshakeSimulator.RECORDS_TABLE)
                    .or(() -> snapshot.table(TlsHandshakeSimulator.OBSERVER_TABLE)).orElse(null));
            keys.show(snapshot.fact(KeyScheduleFact.class).orElse(null));
        }
    }

    @Override
    public void setReveal(boolean hideFuture) {
        exchange.setReveal(hideFuture);
    }

    @Override
    public void dispose() {
        exchange.dispose();
    }
}
