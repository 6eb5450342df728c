package org.wirewise.ui.lesson.stack;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.wirewise.model.lb.FieldReads;
import org.wirewise.model.text.Texts;

/**
 * The fields a balancer reads, as buttons: the ones it decides on are marked, and a click shows
 * the field's bytes.
 */
final class ReadsPanel extends VBox {

    private final Label title = new Label();
    private final FlowPane fields = new FlowPane();
    private final Consumer<FieldReads.Read> onField;
    private final Texts texts;

    ReadsPanel(Consumer<FieldReads.Read> onField, Texts texts) {
        this.onField = onField;
        this.texts = texts;
        setId("reads");
        getStyleClass().add("table-card");
        title.getStyleClass().add("card-title");
        fields.getStyleClass().add("osi-chips");
        getChildren().addAll(title, fields);
    }

    void show(FieldReads reads) {
        setVisible(reads != null);
        setManaged(reads != null);
        fields.getChildren().clear();
        if (reads == null) {
            return;
        }
        title.setText(texts.get("reads.title", reads.title()));
        for (FieldReads.Read r : reads.reads()) {
            Button b = new Button(r.name() + ": " + r.value());
            b.getStyleClass().addAll("tech-chip", "layer-" + layerStyle(r.osiLayer()));
            if (r.decides()) {
                b.getStyleClass().add("selected");
            }
            b.setFocusTraversable(true); // Tab reaches it; a click leaves the player's keys global (PlayerKeys)
            b.setTooltip(new Tooltip(texts.get("reads.tooltip", r.osiLayer(), r.layerField())));
            b.setOnAction(e -> onField.accept(r));
            fields.getChildren().add(b);
        }
    }

    private static String layerStyle(String layer) {
        return switch (layer) {
            case "3" -> "ip";
            case "4" -> "tcp";
            case "6" -> "tls";
            case "7" -> "http";
            default -> "physical";
        };
    }
}
