package org.wirewise.ui.lesson.http;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.model.http.h2.Http2Simulator;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.widget.FollowingScrollPane;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The http2 lesson: the sequence diagram of the connection above, and below it the cards of the
 * step (the segment's frames as a strip, the header block field by field, the sender's HPACK
 * table, the streams with their windows, the measured savings) beside the selected packet's bytes.
 */
public final class Http2View implements LessonView {

    private static final List<TableKey> CARDS = List.of(Http2Simulator.SAVINGS, Http2Simulator.FRAMES,
            Http2Simulator.HEADER_BLOCK, Http2Simulator.STREAMS, Http2Simulator.HPACK_TABLE);

    private final SequenceDiagram diagram = new SequenceDiagram();
    private final List<TableCard> cards = CARDS.stream().map(k -> new TableCard(k.id(), 0)).toList();
    private final TitledPacketBytes bytes = new TitledPacketBytes();
    private final ScrollPane cardsPane;
    private final SplitPane lower;
    private final PictureSplit root;
    private final Subscription selection;
    private Trace trace;
    private int shownStep = -1;

    public Http2View() {
        diagram.setId("sequence-diagram");
        VBox column = new VBox(cards.toArray(Node[]::new));
        column.getStyleClass().addAll("stack-lesson", "http2-cards");
        column.getStylesheets().add(TableCard.class.getResource("stack.css").toExternalForm());
        cardsPane = new FollowingScrollPane(column, ".card-cell.highlighted");
        cardsPane.setFitToWidth(true);
        cardsPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // the last column of each card wraps instead
        lower = new SplitPane(cardsPane, bytes);
        lower.setDividerPositions(0.7);
        root = new PictureSplit(0.5, diagram, lower);
        root.getStyleClass().add("http2-lesson");
        root.getStylesheets().add(Http2View.class.getResource("http2.css").toExternalForm());
        selection = diagram.selectedPacketProperty().subscribe(packet -> {
            bytes.show(packet);
            // with no packet chosen the bytes pane would only say so, squeezed beside the cards: it leaves
            place(bytes, packet != null);
        });
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
            Snapshot snapshot = trace.step(stepIndex).snapshot();
            boolean anyCard = false;
            for (int i = 0; i < CARDS.size(); i++) {
                cards.get(i).show(snapshot.table(CARDS.get(i)).orElse(null));
                anyCard |= snapshot.table(CARDS.get(i)).isPresent();
            }
            place(cardsPane, anyCard); // a TLS handshake step has no cards: the bytes get the room
            diagram.selectPacketOfStep(stepIndex);
        }
    }

    /** Shows or removes one of the lower panes, the cards always left of the bytes. */
    private void place(Node pane, boolean shown) {
        if (shown == lower.getItems().contains(pane)) {
            return;
        }
        if (shown) {
            lower.getItems().add(pane == cardsPane ? 0 : lower.getItems().size(), pane);
        } else {
            lower.getItems().remove(pane);
        }
        lower.setDividerPositions(0.7);
    }

    @Override
    public void setReveal(boolean hideFuture) {
        diagram.setHidesFuture(hideFuture);
    }

    @Override
    public void dispose() {
        selection.unsubscribe();
    }
}
