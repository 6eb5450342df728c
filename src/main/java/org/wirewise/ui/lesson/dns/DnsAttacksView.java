package org.wirewise.ui.lesson.dns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.model.dns.AttacksSimulator;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.widget.FollowingScrollPane;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The DNS attacks lesson: each part's packets on the sequence diagram (the poisoning race, the spoofed
 * queries and the answers at the victim, the tunnel's queries), the selected packet's bytes, and the
 * part's measurements as cards beside them once measured (the odds, the amplification factors and the
 * floods, the detector's numbers).
 */
public final class DnsAttacksView implements LessonView {

    private final SequenceDiagram diagram = new SequenceDiagram();
    /** The lesson's tables, each a card shown while the step carries it: the odds, the factors, the floods. */
    private final Map<TableKey, TableCard> cards = new LinkedHashMap<>();
    private final TitledPacketBytes bytes = new TitledPacketBytes();
    private final ScrollPane cardsPane;
    private final SplitPane lower;
    private final SplitPane root;
    private final Subscription selection;
    private Trace trace;
    private int shownStep = -1;
    /** Whether the shown step carries any of the lesson's tables. */
    private boolean measured;

    public DnsAttacksView() {
        diagram.setId("sequence-diagram");
        for (TableKey key : List.of(AttacksSimulator.ODDS, AttacksSimulator.FACTORS, AttacksSimulator.FLOODS,
                AttacksSimulator.DETECTOR)) {
            cards.put(key, new TableCard(key.id(), 0));
        }
        VBox column = new VBox(12);
        column.getChildren().addAll(cards.values());
        // the cards are the stack lessons' TableCards: their stylesheet comes with them
        column.getStyleClass().add("stack-lesson");
        column.getStylesheets().add(TableCard.class.getResource("stack.css").toExternalForm());
        cardsPane = new FollowingScrollPane(column, ".card-cell.highlighted");
        cardsPane.setFitToWidth(true);
        // every column on screen: the odds ask their split pane for the table's whole width
        cardsPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cardsPane.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        lower = new SplitPane(bytes);
        lower.setDividerPositions(0.5);
        root = new SplitPane(diagram, lower);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.55);
        root.getStyleClass().add("dns-lesson");
        root.getStylesheets().add(DnsAttacksView.class.getResource("dns.css").toExternalForm());
        selection = diagram.selectedPacketProperty().subscribe(p -> {
            bytes.show(p);
            arrangeLower();
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
            cards.forEach((key, card) -> card.show(snapshot.table(key).orElse(null)));
            measured = cards.keySet().stream().anyMatch(key -> snapshot.table(key).isPresent());
            int packetId = trace.step(stepIndex).packetId();
            diagram.selectedPacketProperty().set(packetId >= 0 ? trace.packets().get(packetId) : null);
            arrangeLower();
        }
    }

    /**
     * The tables take the room beside the bytes once there are some; with no packet selected they have it
     * all (the wide tables of amplification and tunneling leave no room for an empty bytes pane at 1280 px).
     */
    private void arrangeLower() {
        boolean packet = diagram.selectedPacketProperty().get() != null;
        List<Node> wanted = measured ? (packet ? List.of(cardsPane, bytes) : List.of(cardsPane)) : List.of(bytes);
        if (!lower.getItems().equals(wanted)) {
            lower.getItems().setAll(wanted);
            if (wanted.size() == 2) {
                lower.setDividerPositions(0.5);
            }
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
