package org.wirewise.ui.lesson.tls;

import javafx.scene.control.Label;
import java.util.Locale;
import javafx.scene.layout.VBox;
import org.wirewise.model.text.Texts;
import org.wirewise.model.tls.KeyScheduleFact;

/**
 * The key schedule as boxes (RFC 8446 §7.1): Early, Handshake and Master Secret down the side,
 * each with what was mixed in, and under each the traffic secrets it gave and the records they
 * protect. Drawn from the step's {@link KeyScheduleFact}: a stage appears once it is reached.
 */
final class KeySchedulePicture extends VBox {

    /** The TLS views' own words ({@code tls-views.properties}). */
    static final String TEXTS = "org.wirewise.ui.lesson.tls.tls-views";

    private final Texts texts;

    KeySchedulePicture(Locale language) {
        this.texts = Texts.of(TEXTS, language);
        setId("key-schedule");
        setSpacing(2);
    }

    /** A label that wraps to the pane's width instead of widening it. */
    static Label line(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinWidth(0);
        return l;
    }

    void show(KeyScheduleFact fact) {
        getChildren().clear();
        if (fact == null) {
            getChildren().add(line(texts.get("keys.empty"), "card-title"));
            return;
        }
        getChildren().add(line(fact.title(), "card-title"));
        for (int i = 0; i < fact.stages().size(); i++) {
            KeyScheduleFact.Stage stage = fact.stages().get(i);
            getChildren().add(line((i > 0 ? "↓ " : "") + stage.name() + " = " + stage.input(), "card-head"));
            for (KeyScheduleFact.Secret secret : fact.secrets()) {
                if (secret.stage().equals(stage.name())) {
                    getChildren().add(line("    → " + secret.label() + " " + secret.prefix() + "\n        "
                            + texts.get("keys.protects", secret.protects()), "card-cell"));
                }
            }
        }
    }
}
