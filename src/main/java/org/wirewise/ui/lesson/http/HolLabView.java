package org.wirewise.ui.lesson.http;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.http.hol.HolFocus;
import org.wirewise.model.http.hol.HolLabSimulator;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.widget.BesideOrUnder;
import org.wirewise.ui.widget.FollowingScrollPane;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;
import org.wirewise.ui.widget.WaterfallChart;

/**
 * The head-of-line lab: beside the sequence diagram of the step's protocol (its lost packet marked as lost), the
 * three loads as one waterfall in three groups on a shared axis, the step's protocol marked; under them the page
 * load times, the requests the lost packet held up, and the selected packet's bytes.
 */
public final class HolLabView implements LessonView {

    /** On a picture at least this wide the waterfall gets more than half. */
    private static final double WIDE_PX = 900;
    private final SequenceDiagram diagram = new SequenceDiagram();
    private final WaterfallChart waterfall = new WaterfallChart();
    private final SplitPane picture = new SplitPane(diagram, waterfall);
    private final TableCard loadTimes = new TableCard("hol-load-times", 0);
    private final TableCard held = new TableCard("hol-held", 0);
    private final ScrollPane cards;
    private final TitledPacketBytes bytes;
    private final SplitPane lower = new SplitPane();
    private final PictureSplit root;
    private final Subscription selection;
    private Trace trace;
    private HolTimelines timelines;
    private HolTimelines.Part part;
    private int shownStep = -1;

    /** @param language the view's context's language, for the diagram's and the bytes pane's words */
    public HolLabView(java.util.Locale language) {
        bytes = new TitledPacketBytes(language);
        diagram.setLanguage(language);
        waterfall.setLanguage(language);
        diagram.setId("sequence-diagram");
        waterfall.setId("hol-waterfall");
        picture.setDividerPositions(0.45);
        VBox column = new VBox(12, loadTimes, held);
        column.getStyleClass().add("stack-lesson");
        column.getStylesheets().add(TableCard.class.getResource("stack.css").toExternalForm());
        cards = new FollowingScrollPane(column, ".card-cell.highlighted");
        cards.setFitToWidth(true);
        cards.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cards.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new PictureSplit(0.6, picture, lower);
        root.getStyleClass().add("http-lesson");
        selection = diagram.selectedPacketProperty().subscribe(this::showBytes)
                .and(lower.widthProperty().subscribe(w -> arrangeLower()))
                .and(picture.widthProperty().subscribe(w -> arrangePicture()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
        timelines = new HolTimelines(newTrace);
        part = null;
        shownStep = -1;
    }

    @Override
    public void show(int stepIndex, long time) {
        Snapshot snapshot = trace.step(stepIndex).snapshot();
        HolFocus focus = snapshot.fact(HolFocus.class).orElseThrow();
        HolTimelines.Part now = timelines.of(focus.protocol());
        if (now != part) {
            part = now;
            diagram.setTrace(now.trace());
        }
        int local = Math.max(0, now.localStep()[stepIndex]);
        long end = now.trace().packets().stream().mapToLong(TracePacket::arrivesAt).max().orElse(0);
        long localTime = Math.max(0, Math.min(time - now.origin(), Math.max(end, now.trace().duration())));
        diagram.show(local, localTime);
        showDiagram(diagram.showsPacketsAt(local, localTime));
        List<Waterfall> groups = snapshot.facts(Waterfall.class);
        waterfall.show(groups, focus.protocol().ordinal(), focus.axisEnd(), localTime);
        if (stepIndex != shownStep) {
            shownStep = stepIndex;
            loadTimes.show(snapshot.table(HolLabSimulator.LOAD_TIMES).orElse(null));
            held.show(snapshot.table(HolLabSimulator.HELD).orElse(null));
            diagram.selectPacketOfStep(local);
            arrangeLower();
        }
    }

    /** Before a load's first packet the diagram would be an empty axis: the waterfall gets the width. */
    private void showDiagram(boolean visible) {
        boolean shown = picture.getItems().contains(diagram);
        if (visible && !shown) {
            picture.getItems().add(0, diagram);
            arrangePicture();
        } else if (!visible && shown) {
            picture.getItems().remove(diagram);
        }
    }

    /**
     * Diagram and waterfall stay side by side (stacked, three groups of rows and a diagram each got too little height
     * at 1280x720); on a narrow picture the diagram takes 62 %, so lane names and its break labels keep their room.
     */
    private void arrangePicture() {
        double share = picture.getWidth() >= WIDE_PX ? 0.45 : 0.62;
        if (picture.getItems().size() == 2 && Math.abs(picture.getDividers().get(0).getPosition() - share) > 0.001) {
            picture.setDividerPositions(share);
        }
    }

    private void showBytes(TracePacket packet) {
        bytes.show(packet);
        arrangeLower();
    }

    /** The tables beside the bytes when both fit across, else above them; with no packet selected, the tables alone. */
    private void arrangeLower() {
        boolean packet = diagram.selectedPacketProperty().get() != null;
        List<Node> wanted = packet ? List.of(cards, bytes) : List.of(cards);
        if (!lower.getItems().equals(wanted)) {
            lower.getItems().setAll(wanted);
            lower.setOrientation(Orientation.HORIZONTAL);
        }
        if (packet) {
            BesideOrUnder.arrange(lower, cards.prefWidth(-1), 22 * loadTimes.em(), 0.55, 0.5);
        }
    }

    @Override
    public void setReveal(boolean hideFuture) {
        diagram.setHidesFuture(hideFuture);
    }

    /** Screen readers: the step's description is the diagram's accessible text. */
    @Override
    public void describe(String description, java.util.Locale language) {
        diagram.describe(description, language);
    }

    @Override
    public void dispose() {
        selection.unsubscribe();
    }
}
