package org.wirewise.ui.lesson.dns;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.widget.FollowingScrollPane;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * A DNS lesson's screen: the messages on the sequence diagram, the selected packet's bytes, and beside them one
 * table card once a step carries its table (the attacks' odds, DNSSEC's chain of trust).
 */
abstract class SequenceTableView implements LessonView {

    private final SequenceDiagram diagram = new SequenceDiagram();
    private final TableKey key;
    private final TableCard card;
    private final double tableShare;
    private final TitledPacketBytes bytes = new TitledPacketBytes();
    private final ScrollPane cardsPane;
    private final SplitPane lower;
    private final SplitPane root;
    private final Subscription selection;
    private Trace trace;
    private int shownStep = -1;

    /** @param tableShare how much of the lower pane the table takes from the bytes when it shows */
    SequenceTableView(TableKey key, double tableShare) {
        this.key = key;
        this.card = new TableCard(key.id(), 0);
        this.tableShare = tableShare;
        diagram.setId("sequence-diagram");
        VBox cards = new VBox(card);
        // the card is the stack lessons' TableCard: its stylesheet comes with it
        cards.getStyleClass().add("stack-lesson");
        cards.getStylesheets().add(TableCard.class.getResource("stack.css").toExternalForm());
        cardsPane = new FollowingScrollPane(cards, ".card-cell.highlighted");
        cardsPane.setFitToWidth(true);
        // every column on screen: the card asks its split pane for the table's whole width
        cardsPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cardsPane.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        lower = new SplitPane(bytes);
        lower.setDividerPositions(tableShare);
        root = new SplitPane(diagram, lower);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.55);
        root.getStyleClass().add("dns-lesson");
        root.getStylesheets().add(SequenceTableView.class.getResource("dns.css").toExternalForm());
        selection = diagram.selectedPacketProperty().subscribe(bytes::show);
    }

    @Override
    public final Node node() {
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
            var table = trace.step(stepIndex).snapshot().table(key);
            card.show(table.orElse(null));
            // the table takes the room beside the bytes once a step has it; before, the bytes have it all
            if (table.isPresent() != lower.getItems().contains(cardsPane)) {
                if (table.isPresent()) {
                    lower.getItems().add(0, cardsPane);
                    lower.setDividerPositions(tableShare);
                } else {
                    lower.getItems().remove(cardsPane);
                }
            }
            int packetId = trace.step(stepIndex).packetId();
            diagram.selectedPacketProperty().set(packetId >= 0 ? trace.packets().get(packetId) : null);
        }
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
