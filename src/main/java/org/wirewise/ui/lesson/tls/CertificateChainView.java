package org.wirewise.ui.lesson.tls;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.text.Texts;
import org.wirewise.model.tls.ChainPicture;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.PacketBytesView;
import org.wirewise.ui.widget.PageScroll;

/**
 * The certificate chain as a picture: root, intermediate and leaf side by side with what signs
 * what, each card listing the client's checks as the steps make them, the verdict once reached,
 * and below, the DER bytes of the selected certificate (the step's, or the one clicked).
 */
public final class CertificateChainView implements LessonView {

    private static final String STYLESHEET =
            Objects.requireNonNull(CertificateChainView.class.getResource("tls.css")).toExternalForm();

    private final Texts words;
    private final Label context = label("chain-context");
    private final List<CertificateCard> cards;
    private final Label verdict = label("chain-verdict");
    private final Label bytesTitle = label("chain-bytes-title");
    private final PacketBytesView bytes = new PacketBytesView();
    /** Enough of the field tree and the hex dump to read a field and its bytes. */
    private static final double BYTES_HEIGHT = 260;

    private final PageScroll root;
    private Trace trace;
    private ChainPicture picture;
    private int selected;

    /** @param language the language of the view's own words (the trace brings its own) */
    public CertificateChainView(Locale language) {
        words = Texts.of("org.wirewise.ui.lesson.tls.chain-views", language);
        cards = List.of(new CertificateCard("cert-root", words), new CertificateCard("cert-intermediate", words),
                new CertificateCard("cert-leaf", words));
        HBox row = new HBox();
        row.getStyleClass().add("chain-row");
        for (int i = 0; i < cards.size(); i++) {
            CertificateCard card = cards.get(i);
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setMaxWidth(Double.MAX_VALUE);
            card.setPrefWidth(0); // equal thirds, whatever their text
            int index = i;
            card.setOnMouseClicked(e -> select(index));
            if (i > 0) {
                Label arrow = label("chain-arrow", "→");
                arrow.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(arrow);
            }
            row.getChildren().add(card);
        }
        VBox.setVgrow(bytes, Priority.ALWAYS);
        bytes.setMinHeight(BYTES_HEIGHT);
        VBox content = new VBox(context, row, verdict, bytesTitle, bytes);
        content.getStyleClass().add("chain-view");
        // On a small window the cards and the bytes do not both fit: the page scrolls rather than squeeze them.
        root = new PageScroll(content);
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.setId("certificate-chain-view");
        root.getStyleClass().add("chain-scroll");
        root.getStylesheets().add(STYLESHEET);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
    }

    @Override
    public void show(int stepIndex, long time) {
        picture = trace.step(stepIndex).snapshot().fact(ChainPicture.class).orElseThrow();
        context.setText(words.get("context", picture.host(), picture.clock()));
        ChainPicture.Verdict v = picture.verdict();
        verdict.setVisible(v != null);
        verdict.setManaged(v != null);
        verdict.getStyleClass().removeAll("verdict-accepted", "verdict-rejected");
        if (v != null) {
            verdict.setText(v.accepted() ? words.get("verdict.accepted")
                    : words.get("verdict.rejected", v.alert(), Integer.toString(v.alertCode())));
            verdict.getStyleClass().add(v.accepted() ? "verdict-accepted" : "verdict-rejected");
        }
        select(picture.selected());
        // What the step adds is the verdict, or the newest check on the card it is about: keep it on screen.
        Node subject = v != null ? verdict : cards.get(selected).lastMark();
        root.scrollToShow(subject != null ? subject : context);
    }

    private void select(int index) {
        if (picture == null) {
            return;
        }
        selected = index;
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).show(picture.cards().get(i), i == selected);
        }
        ChainPicture.Card card = picture.cards().get(selected);
        bytesTitle.setText(words.get("bytes.title", card.name(), Integer.toString(card.der().length)));
        bytes.show(card.der(), card.dissection());
    }

    @Override
    public void dispose() {
        // Nothing is attached to longer-lived objects.
    }

    private static Label label(String styleClass) {
        return label(styleClass, "");
    }

    private static Label label(String styleClass, String text) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
