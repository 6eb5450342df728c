package org.wirewise.ui.lesson.journey;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.util.Subscription;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.journey.JourneySimulator;
import org.wirewise.model.journey.NavigationStart;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;
import org.wirewise.ui.widget.WaterfallChart;

/**
 * The URL journey: the sequence diagram across the top (ten lanes need the width), and under it
 * DevTools' waterfall of the same load, its cursor at the player's moment counted from when the
 * address was typed, beside the selected packet's bytes. The phases table stays in the trace for
 * reading and export; the waterfall shows the same stretches, each phase's milliseconds on hover.
 * On the last step the what-ifs' table stands beside the waterfall in the bytes' place.
 */
public final class UrlJourneyView implements LessonView {

    private static final double DIAGRAM_SHARE = 0.56;
    private static final double WATERFALL_SHARE = 0.66;
    private static final double WHAT_IFS_SHARE = 0.5;

    private final SequenceDiagram diagram = new SequenceDiagram();
    private final WaterfallChart waterfall = new WaterfallChart();
    private final TitledPacketBytes bytes = new TitledPacketBytes();
    /** The last step's what-ifs (hidden on the other steps). */
    private final TableCard whatIfs = new TableCard(JourneySimulator.WHAT_IFS.id(), 0);
    private final javafx.scene.control.ScrollPane whatIfsPane = new javafx.scene.control.ScrollPane(whatIfs);
    private final SplitPane lower = new SplitPane();
    private final PictureSplit root;
    private final Subscription selection;
    private Trace trace;
    private int shownStep = -1;

    public UrlJourneyView() {
        diagram.setId("sequence-diagram");
        waterfall.setId("journey-waterfall");
        whatIfs.getStylesheets().add(TableCard.class.getResource("stack.css").toExternalForm());
        whatIfs.getStyleClass().add("stack-lesson");
        // The strip never pushes the diagram below its share: the waterfall draws in what it is given.
        waterfall.setMinHeight(0);
        whatIfsPane.setFitToWidth(true);
        whatIfsPane.setMinHeight(0); // a short strip (presenting) scrolls the table rather than shrinking the diagram
        lower.getItems().setAll(waterfall, bytes);
        lower.setDividerPositions(WATERFALL_SHARE);
        root = new PictureSplit(DIAGRAM_SHARE, diagram, lower);
        root.getStyleClass().add("journey-lesson");
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
        Snapshot snapshot = trace.step(stepIndex).snapshot();
        long origin = snapshot.fact(NavigationStart.class).map(NavigationStart::at).orElse(0L);
        snapshot.fact(Waterfall.class).ifPresent(w -> waterfall.show(w, 0, time < origin ? -1 : time - origin));
        if (stepIndex != shownStep) {
            shownStep = stepIndex;
            // The what-ifs take the bytes' place on the step that has them (presenting hides the bytes, not them).
            var table = snapshot.table(JourneySimulator.WHAT_IFS);
            whatIfs.show(table.orElse(null));
            Node beside = table.isPresent() ? whatIfsPane : bytes;
            if (lower.getItems().get(1) != beside) {
                lower.getItems().set(1, beside);
                lower.setDividerPositions(table.isPresent() ? WHAT_IFS_SHARE : WATERFALL_SHARE);
            }
            diagram.selectPacketOfStep(stepIndex);
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
