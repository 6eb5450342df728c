package org.wirewise.ui.lesson.journey;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.util.Subscription;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.journey.JourneySimulator;
import org.wirewise.model.journey.NavigationStart;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.widget.BesideOrUnder;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;
import org.wirewise.ui.widget.WaterfallChart;

/**
 * The URL journey: the sequence diagram and DevTools' waterfall of the same load, its cursor at the
 * player's moment counted from when the address was typed, with the selected packet's bytes. The
 * waterfall stands beside the diagram when the view is wide enough for both (ten lanes need the
 * width), with the bytes under it; otherwise under the diagram, beside the bytes, in a strip tall
 * enough for every row's label. On the last step the what-ifs' table takes the bytes' place; when
 * the strip under the diagram cannot hold all its rows (presenting at 1280×720), the waterfall and
 * the table stand beside the diagram instead. The phases table stays in the trace for reading and
 * export; the waterfall shows the same stretches, each phase's milliseconds on hover.
 */
public final class UrlJourneyView implements LessonView {

    private static final double DIAGRAM_SHARE = 0.56;
    private static final double WATERFALL_SHARE = 0.66;
    private static final double WHAT_IFS_SHARE = 0.5;
    /** The scroll pane's and the split's borders and padding around the what-ifs table, in pixels. */
    private static final double WHAT_IFS_EDGES = 12;
    /** What a lane of the diagram needs across (its name, staggered with its neighbours'), in em. */
    private static final double LANE_EM = 5;
    /** What the waterfall needs across to read: its labels and a time axis, in em. */
    private static final double WATERFALL_EM = 21;
    /** About half a split's divider, in pixels: the strip's share of the bar between it and the diagram. */
    private static final double DIVIDER = 3;

    private final SequenceDiagram diagram = new SequenceDiagram();
    private final WaterfallChart waterfall = new WaterfallChart();
    private final TitledPacketBytes bytes;
    /** The last step's what-ifs (hidden on the other steps). */
    private final TableCard whatIfs = new TableCard(JourneySimulator.WHAT_IFS.id(), 0);
    private final ScrollPane whatIfsPane = new ScrollPane(whatIfs);
    private final SplitPane lower = new SplitPane();
    private final PictureSplit root;
    private final Subscription watches;
    private Trace trace;
    private int shownStep = -1;

    public UrlJourneyView() {
        this(java.util.Locale.ENGLISH);
    }

    /** @param language the view's context's language: the diagram's, the waterfall's and the bytes pane's words */
    public UrlJourneyView(java.util.Locale language) {
        bytes = new TitledPacketBytes(language);
        diagram.setLanguage(language);
        waterfall.setLanguage(language);
        diagram.setId("sequence-diagram");
        waterfall.setId("journey-waterfall");
        whatIfs.getStylesheets().add(TableCard.class.getResource("stack.css").toExternalForm());
        whatIfs.getStyleClass().add("stack-lesson");
        // The strip never pushes the diagram below its share: the waterfall draws in what it is given.
        waterfall.setMinHeight(0);
        whatIfsPane.setFitToWidth(true);
        whatIfsPane.setMinHeight(0); // a short strip scrolls the table rather than shrinking the diagram
        lower.getItems().setAll(waterfall, bytes);
        lower.setDividerPositions(WATERFALL_SHARE);
        root = new PictureSplit(DIAGRAM_SHARE, diagram, lower);
        root.getStyleClass().add("journey-lesson");
        // the strip grows (down to the picture's least share) until every waterfall row and what-if row shows
        // (their heights change inside the split's layout pass, when its items must stay as they are)
        watches = whatIfs.heightProperty().subscribe(h -> arrange(false))
                .and(waterfall.readableHeightProperty().subscribe(h -> arrange(false)))
                .and(root.widthProperty().subscribe(w -> arrange(true)))
                .and(root.heightProperty().subscribe(h -> arrange(true)))
                .and(diagram.selectedPacketProperty().subscribe(bytes::show));
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
            Node second = table.isPresent() ? whatIfsPane : bytes;
            if (lower.getItems().get(1) != second) {
                lower.getItems().set(1, second);
            }
            arrange(true);
            diagram.selectPacketOfStep(stepIndex);
        }
    }

    private boolean whatIfsShown() {
        return lower.getItems().contains(whatIfsPane);
    }

    /**
     * Beside or under, by the lessons' rule ({@link BesideOrUnder}): the waterfall (and what is with it) goes beside
     * the diagram when both fit across, the diagram keeping what its lanes need; the part beside turns the other way
     * (the waterfall over the bytes). Under, when the strip under the diagram cannot hold the what-ifs' rows even at
     * the picture's least share (presenting at 1280x720), the diagram gives way on that step: the page's load and
     * its what-ifs are what it is about. {@code mayRebuild}: whether the diagram may leave or come back now (not
     * from inside the split's layout pass).
     */
    private void arrange(boolean mayRebuild) {
        double w = root.getWidth();
        double h = root.getHeight();
        if (w <= 0 || h <= 0 || trace == null) {
            return;
        }
        double em = waterfall.typeSize();
        double side = Math.max(WATERFALL_EM * em, whatIfsShown() ? whatIfs.prefWidth(-1) + WHAT_IFS_EDGES : 0);
        double diagramNeed = trace.lanes().size() * LANE_EM * em;
        boolean beside = w >= diagramNeed + side;
        boolean diagramGivesWay = root.getItems().size() == 1;
        if (mayRebuild && diagramGivesWay != (!beside && whatIfsNeed() > (1 - PictureSplit.MIN_PICTURE_SHARE) * h)) {
            diagramGivesWay = !diagramGivesWay;
            if (diagramGivesWay) {
                root.getItems().setAll(lower);
            } else {
                root.getItems().setAll(diagram, lower);
            }
        }
        if (!diagramGivesWay) {
            BesideOrUnder.arrange(root, diagramNeed, side, diagramNeed / w, DIAGRAM_SHARE);
            root.setOwnShare(beside ? diagramNeed / w : DIAGRAM_SHARE);
        }
        Orientation across = beside ? Orientation.VERTICAL : Orientation.HORIZONTAL;
        if (lower.getOrientation() != across) {
            lower.setOrientation(across);
        }
        double waterfallShare = whatIfsShown() ? WHAT_IFS_SHARE : WATERFALL_SHARE;
        if (beside) {
            // over the bytes or the what-ifs: rows up to a line and a half tall, the table whole
            double chart = Math.min(WATERFALL_SHARE, 1.5 * waterfall.readableHeightProperty().get() / h);
            waterfallShare = Math.max(0.25, whatIfsShown() ? Math.min(chart, 1 - whatIfsNeed() / h) : chart);
        }
        lower.setDividerPositions(waterfallShare);
        needRoom();
    }

    /** The what-ifs table's height (before its first layout, what it asks for) and its pane's edges, else nothing. */
    private double whatIfsNeed() {
        if (!whatIfsShown()) {
            return 0;
        }
        whatIfs.applyCss();
        return Math.max(whatIfs.getHeight(), whatIfs.prefHeight(-1)) + WHAT_IFS_EDGES;
    }

    /** The strip's need under the diagram: every waterfall row labelled, every what-if row shown. */
    private void needRoom() {
        boolean under = root.getOrientation() == Orientation.VERTICAL && root.getItems().size() > 1;
        // the waterfall's own need and what the split around it takes (its insets, the divider above it)
        double chart = waterfall.readableHeightProperty().get() + lower.getInsets().getTop() + lower.getInsets().getBottom()
                + DIVIDER;
        root.explanationNeedProperty().set(under ? Math.max(chart, whatIfsNeed()) : 0);
    }

    @Override
    public void setReveal(boolean hideFuture) {
        diagram.setHidesFuture(hideFuture);
        waterfall.setHidesFuture(hideFuture);
    }

    /** Screen readers: the step's description is the diagram's accessible text. */
    @Override
    public void describe(String description, java.util.Locale language) {
        diagram.describe(description, language);
    }

    @Override
    public void dispose() {
        watches.unsubscribe();
    }
}
