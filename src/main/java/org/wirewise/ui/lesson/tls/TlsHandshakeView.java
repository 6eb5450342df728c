package org.wirewise.ui.lesson.tls;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.wirewise.model.tls.KeyScheduleFact;
import org.wirewise.model.tls.TlsHandshakeSimulator;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.lesson.tcp.TcpHandshakeView;

/**
 * The TLS handshake lesson: the TCP handshake lesson's picture (client and server on a sequence
 * diagram above the selected frame's bytes, which the dissector reads as the wire shows them:
 * record types only) beside what the lesson opened with its key log (the step's records) and the
 * key schedule so far.
 */
public final class TlsHandshakeView implements LessonView {

    private final TcpHandshakeView exchange = new TcpHandshakeView();
    private final TableCard records = new TableCard("tls-records", 0);
    private final KeySchedulePicture keys = new KeySchedulePicture();
    private final SplitPane root = new SplitPane();
    private Trace trace;
    private int shownStep = -1;

    public TlsHandshakeView() {
        ScrollPane side = new ScrollPane(new VBox(8, records, keys));
        side.setFitToWidth(true);
        root.getItems().addAll(exchange.node(), side);
        root.setDividerPositions(0.62);
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
