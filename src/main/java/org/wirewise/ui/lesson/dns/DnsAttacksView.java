package org.wirewise.ui.lesson.dns;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.model.dns.AttacksSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.widget.FollowingScrollPane;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The DNS attacks lesson: the race on the sequence diagram (attacker, resolver, example.com.'s
 * server), the selected packet's bytes (a forged answer's guessed ID and port), and the measured odds
 * beside the expected ones once the race is run many times.
 */
public final class DnsAttacksView implements LessonView {

    private final SequenceDiagram diagram = new SequenceDiagram();
    private final TableCard odds = new TableCard("poisoning-odds", 0);
    private final TitledPacketBytes bytes = new TitledPacketBytes();
    private final ScrollPane cardsPane;
    private final SplitPane lower;
    private final PictureSplit root;
    private final Subscription selection;
    private Trace trace;
    private int shownStep = -1;

    public DnsAttacksView() {
        diagram.setId("sequence-diagram");
        VBox cards = new VBox(odds);
        // the odds card is the stack lessons' TableCard: its stylesheet comes with it
        cards.getStyleClass().add("stack-lesson");
        cards.getStylesheets().add(TableCard.class.getResource("stack.css").toExternalForm());
        cardsPane = new FollowingScrollPane(cards, ".card-cell.highlighted");
        cardsPane.setFitToWidth(true);
        // every column on screen: the odds ask their split pane for the table's whole width
        cardsPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cardsPane.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        lower = new SplitPane(bytes);
        lower.setDividerPositions(0.5);
        root = new PictureSplit(0.55, diagram, lower);
        root.getStyleClass().add("dns-lesson");
        root.getStylesheets().add(DnsAttacksView.class.getResource("dns.css").toExternalForm());
        selection = diagram.selectedPacketProperty().subscribe(bytes::show);
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
            var table = trace.step(stepIndex).snapshot().table(AttacksSimulator.ODDS);
            odds.show(table.orElse(null));
            // the odds take the room beside the bytes once they are measured; before, the bytes have it all
            if (table.isPresent() != lower.getItems().contains(cardsPane)) {
                if (table.isPresent()) {
                    lower.getItems().add(0, cardsPane);
                    lower.setDividerPositions(0.5);
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
