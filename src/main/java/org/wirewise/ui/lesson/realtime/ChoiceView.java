package org.wirewise.ui.lesson.realtime;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.wirewise.model.realtime.ChoiceSimulator;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.widget.FollowingScrollPane;

/**
 * The choose-realtime lesson: no packets, only the step's tables (the requirements, one technique
 * weighed requirement by requirement, or every technique against every requirement). The links to
 * the lessons that show each technique are the narration's step links.
 */
public final class ChoiceView implements LessonView {

    private final Map<TableKey, TableCard> cards = new LinkedHashMap<>();
    private final ScrollPane root;
    private Trace trace;

    public ChoiceView() {
        ChoiceSimulator.TABLES.forEach(k -> cards.put(k, new TableCard(k.id(), 0)));
        VBox column = new VBox(16);
        column.getChildren().addAll(cards.values());
        column.setStyle("-fx-padding: 12");
        // the cards are the stack lessons' TableCards: their stylesheet comes with them
        column.getStyleClass().add("stack-lesson");
        column.getStylesheets().add(TableCard.class.getResource("stack.css").toExternalForm());
        root = new FollowingScrollPane(column, ".card-cell.highlighted");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setId("choice-view");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
    }

    @Override
    public void show(int stepIndex, long time) {
        Snapshot s = trace.step(stepIndex).snapshot();
        cards.forEach((key, card) -> card.show(s.table(key).orElse(null)));
    }

    @Override
    public void dispose() {
        // nothing here listens to anything that outlives the view
    }
}
