package org.wirewise.ui.lesson.latency;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One stacked bar: a segment per entry as wide as its share of the total, and a legend with each
 * entry's text. An entry too small to see keeps a sliver, so its colour can still be matched to
 * the legend; an empty one is in the legend only.
 */
final class StackedBar extends VBox {

    /** One part: its legend text, the style class that colours it, and its amount (any unit, shared). */
    record Entry(String text, String style, double amount) {
    }

    private final Label caption = new Label();
    private final HBox bar = new HBox();
    private final FlowPane legend = new FlowPane();

    StackedBar(String id) {
        setId(id);
        getStyleClass().add("stacked-bar");
        caption.getStyleClass().add("card-title");
        bar.getStyleClass().add("bar-row");
        legend.getStyleClass().add("bar-legend");
        getChildren().addAll(caption, bar, legend);
    }

    void show(String title, List<Entry> entries) {
        bar.getChildren().clear();
        legend.getChildren().clear();
        caption.setText(title);
        double total = entries.stream().mapToDouble(Entry::amount).sum();
        for (Entry e : entries) {
            if (e.amount() > 0) {
                Region segment = new Region();
                segment.getStyleClass().addAll("bar-segment", e.style());
                segment.setMinWidth(6);
                segment.prefWidthProperty().bind(bar.widthProperty().multiply(e.amount() / total));
                HBox.setHgrow(segment, Priority.NEVER);
                Tooltip.install(segment, new Tooltip(e.text()));
                bar.getChildren().add(segment);
            }
            Region swatch = new Region();
            swatch.getStyleClass().addAll("bar-swatch", e.style());
            Label name = new Label(e.text());
            name.getStyleClass().add("bar-label");
            HBox item = new HBox(swatch, name);
            item.setAlignment(Pos.CENTER_LEFT);
            item.getStyleClass().add("bar-item");
            legend.getChildren().add(item);
        }
    }
}
