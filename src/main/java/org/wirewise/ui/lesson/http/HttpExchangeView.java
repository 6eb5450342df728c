package org.wirewise.ui.lesson.http;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.SeriesKey;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.stack.TableCard;
import org.wirewise.ui.widget.FollowingScrollPane;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The HTTP/1.1 lessons' view: the sequence diagram across the top, and below it the step's tables
 * (one card per key the lesson names, hidden when the step has none) beside the selected packet's
 * bytes as the dissector reads them.
 */
public final class HttpExchangeView implements LessonView {

    private final SequenceDiagram diagram = new SequenceDiagram();
    private final TitledPacketBytes bytes;
    private final List<TableKey> keys;
    private final List<TableCard> cards;
    private static final double BYTES_DIVIDER = 0.64;

    private final SplitPane lower;
    private final SeriesKey<LongSeries> chartSeries;
    private final TableKey chartTable;
    private final PoolChart chart;
    private final PictureSplit root;
    private final Subscription selection;
    private Trace trace;
    private int shownStep = -1;

    /** @param keys the tables to show, top to bottom */
    public HttpExchangeView(List<TableKey> keys, Locale language) {
        this(keys, null, null, language);
    }

    /**
     * @param chartSeries a series to chart above the tables, on the steps that show {@code chartTable}
     * @param language the view's context's language: the chart's, the diagram's and the bytes pane's words
     */
    public HttpExchangeView(List<TableKey> keys, SeriesKey<LongSeries> chartSeries, TableKey chartTable,
                            Locale language) {
        this.keys = List.copyOf(keys);
        this.chart = new PoolChart(language);
        this.bytes = new TitledPacketBytes(language);
        diagram.setLanguage(language);
        this.chartSeries = chartSeries;
        this.chartTable = chartTable;
        this.cards = keys.stream().map(k -> new TableCard(k.id(), 0)).toList();
        diagram.setId("sequence-diagram");
        VBox content = new VBox(12);
        content.getChildren().add(chart);
        content.getChildren().addAll(cards);
        chart.setVisible(false);
        chart.setManaged(false);
        content.getStyleClass().addAll("stack-lesson", "http-cards");
        content.getStylesheets().add(TableCard.class.getResource("stack.css").toExternalForm());
        ScrollPane cardsPane = new FollowingScrollPane(content, ".card-cell.highlighted");
        cardsPane.setFitToWidth(true);
        cardsPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        lower = new SplitPane(cardsPane, bytes);
        lower.setDividerPositions(BYTES_DIVIDER);
        root = new PictureSplit(0.5, diagram, lower);
        root.getStyleClass().add("http-lesson");
        root.getStylesheets().add(HttpExchangeView.class.getResource("http.css").toExternalForm());
        selection = diagram.selectedPacketProperty().subscribe(packet -> {
            bytes.show(packet);
            // no packet, no bytes pane: the tables take the width rather than an empty pane's hint
            if ((packet != null) != lower.getItems().contains(bytes)) {
                if (packet != null) {
                    lower.getItems().add(bytes);
                    lower.setDividerPositions(BYTES_DIVIDER);
                } else {
                    lower.getItems().remove(bytes);
                }
            }
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
        var snapshot = trace.step(stepIndex).snapshot();
        boolean charted = chartSeries != null && snapshot.table(chartTable).isPresent();
        if (charted) {
            chart.show(trace.series(chartSeries).orElse(null), time);
        }
        if (stepIndex == shownStep) {
            return;
        }
        shownStep = stepIndex;
        chart.setVisible(charted);
        chart.setManaged(charted);
        for (int i = 0; i < keys.size(); i++) {
            cards.get(i).show(snapshot.table(keys.get(i)).orElse(null));
        }
        diagram.selectPacketOfStep(stepIndex);
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
