package org.wirewise.ui.lesson.journey;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.wirewise.model.journey.region.MultiRegionSimulator;
import org.wirewise.model.journey.region.RegionMapFact;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.latency.WorldMapPane;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.widget.BesideOrUnder;
import org.wirewise.ui.widget.FollowingScrollPane;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The multi-region lesson's view: the world map with users, regions and routes, and the step's
 * tables (users → region → RTT, the regions' health, and the step's own detail) beside it when the map
 * keeps the width it would have over them (a wide, short window: presenting), else under it; the DNS
 * answer's bytes beside or under the tables on the steps that carry one.
 */
public final class MultiRegionView implements LessonView {

    /** The map's share of the height over the tables on a desk screen. */
    private static final double OWN_SHARE = 0.55;

    private final RegionMap map;
    private final TableCard users = new TableCard("region-users", 0);
    private final TableCard regions = new TableCard("region-regions", 0);
    private final TableCard detail = new TableCard("region-detail", 0);
    private final TitledPacketBytes bytes;
    private final SplitPane lower;
    private final PictureSplit root;
    private final FlowPane cards;
    private final javafx.util.Subscription widthWatch;
    private final javafx.util.Subscription sizeWatch;
    private Trace trace;
    private int shownStep = -1;

    /** @param language the language of the view's own words (the map's key and cities); the tables come with the trace */
    public MultiRegionView(java.util.Locale language) {
        map = new RegionMap(language);
        bytes = new TitledPacketBytes(language);
        cards = new FlowPane(16, 12, users, regions, detail);
        cards.getStyleClass().addAll("stack-lesson", "region-cards");
        // the cards' own gaps come after the shared card style, so they win
        cards.getStylesheets().addAll(Objects.requireNonNull(TableCard.class.getResource("stack.css")).toExternalForm(),
                Objects.requireNonNull(MultiRegionView.class.getResource("multi-region.css")).toExternalForm());
        FollowingScrollPane cardsPane = new FollowingScrollPane(cards, ".card-cell.highlighted");
        cardsPane.setFitToWidth(true);
        cardsPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cards.prefWrapLengthProperty().bind(cardsPane.widthProperty().subtract(24));
        lower = new SplitPane(cardsPane);
        root = new PictureSplit(OWN_SHARE, map, lower);
        // the strip grows to show every row the step is about (the picture keeps its minimum share)
        root.explanationNeedProperty().bind(cardsPane.subjectSpanProperty());
        root.setId("multi-region-view");
        root.getStyleClass().add("multi-region");
        widthWatch = lower.widthProperty().subscribe(w -> arrangeLower());
        sizeWatch = root.widthProperty().subscribe(w -> arrangeRoot()).and(root.heightProperty().subscribe(h -> arrangeRoot()));
        root.getStylesheets().addAll(WorldMapPane.STYLESHEET,
                Objects.requireNonNull(MultiRegionView.class.getResource("multi-region.css")).toExternalForm());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace trace) {
        this.trace = trace;
        shownStep = -1;
    }

    @Override
    public void show(int stepIndex, long time) {
        if (stepIndex == shownStep) {
            return; // a step is one moment: nothing moves between steps
        }
        shownStep = stepIndex;
        Step step = trace.step(stepIndex);
        Snapshot s = step.snapshot();
        s.fact(RegionMapFact.class).ifPresent(map::show);
        users.show(s.table(MultiRegionSimulator.USERS).orElse(null));
        regions.show(s.table(MultiRegionSimulator.REGIONS).orElse(null));
        detail.show(s.table(MultiRegionSimulator.DETAIL).orElse(null));
        boolean packet = step.packetId() >= 0;
        if (packet) {
            bytes.show(trace.packets().get(step.packetId()));
        }
        if (packet != lower.getItems().contains(bytes)) {
            if (packet) {
                lower.getItems().add(bytes);
            } else {
                lower.getItems().remove(bytes);
            }
        }
        arrangeRoot();
        arrangeLower();
    }

    /**
     * The tables beside the map when the map, as tall as the view, keeps the width it has over them at the
     * picture's least share; the tables then get what they need across and the map the rest.
     */
    private void arrangeRoot() {
        double w = root.getWidth();
        double h = root.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        double mapUnder = Math.min(w, PictureSplit.MIN_PICTURE_SHARE * h / map.aspect());
        double tables = tablesWidth() + 2.5 * users.em(); // the cards' padding, the scroll bar, the divider
        double besideShare = Math.max(0, (w - tables) / w);
        boolean beside = BesideOrUnder.arrange(root, mapUnder, tables, besideShare, OWN_SHARE);
        // beside, the cards stand one under another, each as wide as the column (its last column wraps less)
        for (TableCard card : List.of(users, regions, detail)) {
            if (beside && !card.minWidthProperty().isBound()) {
                card.minWidthProperty().bind(cards.prefWrapLengthProperty());
            } else if (!beside && card.minWidthProperty().isBound()) {
                card.minWidthProperty().unbind();
                card.setMinWidth(Region.USE_COMPUTED_SIZE);
            }
        }
        root.setOwnShare(beside ? besideShare : OWN_SHARE);
    }

    /** The widest table card's width (each card on its own line when beside the map). */
    private double tablesWidth() {
        // the cells were just made: styled first, or their widths are the default font's
        cards.applyCss();
        return List.of(users, regions, detail).stream().filter(Node::isManaged)
                .mapToDouble(c -> c.prefWidth(-1)).max().orElse(0);
    }

    /** The DNS answer's bytes beside the tables when both fit across (22 em for the bytes), else under them. */
    private void arrangeLower() {
        if (lower.getItems().contains(bytes)) {
            double tables = tablesWidth() + 2 * users.em();
            BesideOrUnder.arrange(lower, tables, 22 * users.em(), 0.6, 0.55);
        }
    }

    @Override
    public void dispose() {
        widthWatch.unsubscribe();
        sizeWatch.unsubscribe();
    }
}
