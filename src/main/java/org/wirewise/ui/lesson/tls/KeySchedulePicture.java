package org.wirewise.ui.lesson.tls;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.wirewise.model.tls.KeyScheduleFact;

/**
 * The key schedule as boxes (RFC 8446 §7.1): Early, Handshake and Master Secret down the side,
 * each with what was mixed in, and under each the traffic secrets it gave and the records they
 * protect. Drawn from the step's {@link KeyScheduleFact}: a stage appears once it is reached.
 */
final class KeySchedulePicture extends VBox {

    KeySchedulePicture() {
        setId("key-schedule");
        getStyleClass().add("table-card");
        setSpacing(2);
    }

    void show(KeyScheduleFact fact) {
        getChildren().clear();
        Label title = new Label("Key schedule (RFC 8446 §7.1)");
        title.getStyleClass().add("card-title");
        getChildren().add(title);
        if (fact == null) {
            return;
        }
        for (int i = 0; i < fact.stages().size(); i++) {
            KeyScheduleFact.Stage stage = fact.stages().get(i);
            Label box = new Label((i > 0 ? "↓ " : "") + stage.name() + "  =  " + stage.input());
            box.getStyleClass().addAll("card-head");
            box.setWrapText(true);
            getChildren().add(box);
            for (KeyScheduleFact.Secret secret : fact.secrets()) {
                if (secret.stage().equals(stage.name())) {
                    Label line = new Label("    → " + secret.label() + " " + secret.prefix() + ": " + secret.protects());
                    line.getStyleClass().add("card-cell");
                    line.setWrapText(true);
                    getChildren().add(line);
                }
            }
        }
    }
}
