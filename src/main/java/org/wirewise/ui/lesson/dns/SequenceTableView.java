package org.wirewise.ui.lesson.dns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.BesideOrUnder;
import org.wirewise.ui.widget.FollowingScrollPane;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * A lesson's screen of messages and tables: the sequence diagram, the selected packet's bytes, and beside them the
 * lesson's table cards while a step carries them (the DNS attacks' odds, factors, floods and detector; DNSSEC's chain
 * of trust; gRPC's frames, message bytes and calls; HTTP/2's frames, header block, HPACK table and streams). With no
 * packet selected the tables have the lower pane to themselves.
 */
public abstract class SequenceTableView implements LessonView {

    /**
     * How a lesson's screen differs from the DNS lessons' ({@link #DNS}): the picture's share of the height, the
     * style class and stylesheet of the whole, a style class of the cards' column (null: none), and whether the
     * cards wrap their last column ({@code wrapping}): then they stand beside the bytes at the table share whatever
     * the width and a step with neither cards nor a packet leaves the lower pane empty; else the cards keep their
     * width, the bytes go under them when both do not fit across ({@link BesideOrUnder}), and the bytes pane says
     * there is no packet.
     */
    protected record Shell(double pictureShare, String styleClass, String stylesheet, String columnStyle, boolean wrapping) {
        /** Public, so that a view in another package can say how its screen differs. */
        public Shell {
        }
    }

    private static final Shell DNS = new Shell(0.55, "dns-lesson",
            SequenceTableView.class.getResource("dns.css").toExternalForm(), null, false);

    private final SequenceDiagram diagram = new SequenceDiagram();
    /** The lesson's tables, each a card shown while the step carries it. */
    private final Map<TableKey, TableCard> cards = new LinkedHashMap<>();
    private final double tableShare;
    private final TitledPacketBytes bytes;
    private final FollowingScrollPane cardsPane;
    /** Pixels a subclass's chart asks of presentation's strip ({@link #needRoom}). */
    private final javafx.beans.property.DoubleProperty chartNeed = new javafx.beans.property.SimpleDoubleProperty();
    private final SplitPane lower;
    private final PictureSplit root;
    private final boolean wrapping;
    private final Subscription selection;
    private Trace trace;
    private int shownStep = -1;
    /** Whether the shown step carries any of the lesson's tables. */
    private boolean measured;

    /** @param tableShare how much of the lower pane the tables take from the bytes when both show */
    protected SequenceTableView(List<TableKey> keys, double tableShare) {
        this(keys, tableShare, (Node) null);
    }

    /** @param chart drawn above the cards (null: none); a subclass shows and hides it in {@link #stepShown} */
    protected SequenceTableView(List<TableKey> keys, double tableShare, Node chart) {
        this(keys, tableShare, chart, DNS);
    }

    /** As the second, with the diagram's and bytes pane's own words in {@code language} (the context's). */
    protected SequenceTableView(List<TableKey> keys, double tableShare, Node chart, java.util.Locale language) {
        this(keys, tableShare, chart, DNS, language);
    }

    /** As the first, with the diagram's and bytes pane's own words in {@code language} (the context's). */
    protected SequenceTableView(List<TableKey> keys, double tableShare, java.util.Locale language) {
        this(keys, tableShare, null, DNS, language);
    }

    /** As above, on a screen that differs from the DNS lessons' as {@code shell} says. */
    protected SequenceTableView(List<TableKey> keys, double tableShare, Node chart, Shell shell) {
        this(keys, tableShare, chart, shell, java.util.Locale.ENGLISH);
    }

    /** As above, with the diagram's and the bytes pane's own words in {@code language} (the view's context's). */
    protected SequenceTableView(List<TableKey> keys, double tableShare, Node chart, Shell shell,
                                java.util.Locale language) {
        this.tableShare = tableShare;
        this.bytes = new TitledPacketBytes(language);
        diagram.setLanguage(language);
        this.wrapping = shell.wrapping();
        keys.forEach(key -> cards.put(key, new TableCard(key.id(), 0)));
        diagram.setId("sequence-diagram");
        VBox column = new VBox(12);
        if (chart != null) {
            column.getChildren().add(chart);
        }
        column.getChildren().addAll(cards.values());
        // the cards are the stack lessons' TableCards: their stylesheet comes with them
        column.getStyleClass().add("stack-lesson");
        if (shell.columnStyle() != null) {
            column.getStyleClass().add(shell.columnStyle());
        }
        column.getStylesheets().add(TableCard.class.getResource("stack.css").toExternalForm());
        cardsPane = new FollowingScrollPane(column, ".card-cell.highlighted");
        cardsPane.setFitToWidth(true);
        // every column on screen: the cards ask their split pane for the table's whole width (or wrap the last)
        cardsPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        if (!wrapping) {
            cardsPane.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        lower = wrapping ? new SplitPane() : new SplitPane(bytes);
        lower.setDividerPositions(tableShare);
        root = new PictureSplit(shell.pictureShare(), diagram, lower);
        // presenting, the strip grows (down to the picture's least share) until every highlighted row shows at once:
        // a frame's rows and the message it carries, an event's rows in two tables
        root.explanationNeedProperty().bind(javafx.beans.binding.Bindings.max(chartNeed,
                cardsPane.subjectSpanProperty().add(3 * 16)));
        root.getStyleClass().add(shell.styleClass());
        root.getStylesheets().add(shell.stylesheet());
        selection = diagram.selectedPacketProperty().subscribe(p -> {
            bytes.show(p);
            arrangeLower();
        }).and(lower.widthProperty().subscribe(w -> arrangeLower()));
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
            Snapshot snapshot = trace.step(stepIndex).snapshot();
            cards.forEach((key, card) -> card.show(snapshot.table(key).orElse(null)));
            measured = cards.keySet().stream().anyMatch(key -> snapshot.table(key).isPresent());
            diagram.selectPacketOfStep(stepIndex);
            stepShown(trace, snapshot);
            arrangeLower();
        }
    }

    /** Asks presentation's strip under the diagram for {@code pixels} (0: none), so a chart the step needs shows whole. */
    protected final void needRoom(double pixels) {
        chartNeed.set(pixels);
    }

    /** A new step is shown: a subclass updates what it added (its chart). */
    protected void stepShown(Trace trace, Snapshot snapshot) {
    }

    /**
     * The tables take the room beside the bytes once there are some, or above them when both do not fit across
     * (the wide tables of amplification at 1280 px squeezed the bytes to a column of single letters); with no packet
     * selected the tables have it all.
     */
    private void arrangeLower() {
        boolean packet = diagram.selectedPacketProperty().get() != null;
        List<Node> wanted = measured ? (packet ? List.of(cardsPane, bytes) : List.of(cardsPane))
                : packet || !wrapping ? List.of(bytes) : List.of();
        if (!lower.getItems().equals(wanted)) {
            lower.getItems().setAll(wanted);
            if (wrapping) {
                lower.setDividerPositions(tableShare);
            }
        }
        if (wanted.size() == 2 && !wrapping) {
            double em = cards.values().iterator().next().em();
            BesideOrUnder.arrange(lower, cardsPane.prefWidth(-1), 22 * em, tableShare, 0.55);
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
