package org.wirewise.ui.lesson.latency;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.widget.FollowingScrollPane;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.SequenceDiagram;

/**
 * The latency lessons' page: the sequence diagram above, the lesson's own bars, charts and cards
 * below (scrolling to the row a step highlights), styled by the stack lessons' card stylesheet and
 * {@code latency.css}. The diagram selects the packet each step is about.
 */
final class DiagramPage {

    final SequenceDiagram diagram = new SequenceDiagram();
    private final PictureSplit root;
    private Trace trace;

    DiagramPage(Node... lowerParts) {
        diagram.setId("sequence-diagram");
        VBox lower = new VBox(lowerParts);
        // The cards are the stack lessons' TableCards: their stylesheet comes with them.
        lower.getStyleClass().addAll("stack-lesson", "latency-lower");
        lower.getStylesheets().add(TableCard.class.getResource("stack.css").toExternalForm());
        FollowingScrollPane scroll = new FollowingScrollPane(lower, ".card-cell.highlighted");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root = new PictureSplit(0.5, diagram, scroll);
        root.explanationNeedProperty().bind(scroll.subjectSpanProperty().add(3 * 16)); // every highlighted row in the strip
        root.getStyleClass().add("latency-lesson");
        root.getStylesheets().add(DiagramPage.class.getResource("latency.css").toExternalForm());
    }

    Node node() {
        return root;
    }

    void setTrace(Trace newTrace) {
        trace = newTrace;
        diagram.setTrace(newTrace);
    }

    /** Draws the moment; on a new step, selects the step's packet. */
    void show(int stepIndex, long time, boolean newStep) {
        diagram.show(stepIndex, time);
        if (newStep) {
            diagram.selectPacketOfStep(stepIndex);
        }
    }
}
