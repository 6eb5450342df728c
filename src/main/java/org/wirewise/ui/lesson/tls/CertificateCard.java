package org.wirewise.ui.lesson.tls;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.text.Texts;
import org.wirewise.model.tls.ChainPicture;

/** One certificate of the chain: its role, whether the client has it, who signed it, and the checks so far. */
final class CertificateCard extends VBox {

    private final Label role = label("cert-role");
    private final Label presence = label("cert-presence");
    private final Label name = label("cert-name");
    private final Label signedBy = label("cert-signed-by");
    private final VBox details = new VBox();
    private final VBox marks = new VBox();

    private final Texts words;

    /** @param words the certificate-chain view's words */
    CertificateCard(String id, Texts words) {
        this.words = words;
        setId(id);
        getStyleClass().add("cert-card");
        marks.getStyleClass().add("cert-marks");
        getChildren().addAll(role, presence, name, signedBy, details, marks);
    }

    void show(ChainPicture.Card card, boolean selected) {
        role.setText(words.get("role." + card.role().name()));
        presence.setText(words.get("presence." + card.presence().name()));
        presence.getStyleClass().removeAll("presence-ok", "presence-missing");
        presence.getStyleClass().add(card.presence() == ChainPicture.Presence.TRUSTED
                || card.presence() == ChainPicture.Presence.SENT ? "presence-ok" : "presence-missing");
        name.setText(card.name());
        signedBy.setText(words.get("signedBy", card.signedBy()));
        details.getChildren().clear();
        for (String line : card.details()) {
            Label l = label("cert-detail");
            l.setText(line);
            details.getChildren().add(l);
        }
        marks.getChildren().clear();
        for (ChainPicture.Mark m : card.marks()) {
            Label mark = label(m.passed() ? "mark-pass" : "mark-fail");
            mark.setText((m.passed() ? "✓ " : "✗ ") + m.check() + " · " + m.section());
            marks.getChildren().add(mark);
        }
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("absent"),
                card.presence() == ChainPicture.Presence.UNUSED || card.presence() == ChainPicture.Presence.NOT_SENT);
    }

    /** The newest check shown, or null before any. */
    javafx.scene.Node lastMark() {
        return marks.getChildren().isEmpty() ? null : marks.getChildren().get(marks.getChildren().size() - 1);
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
