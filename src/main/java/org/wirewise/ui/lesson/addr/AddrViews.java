package org.wirewise.ui.lesson.addr;

import java.util.Locale;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.text.Texts;
import org.wirewise.ui.widget.PageScroll;

/** Pieces the address lesson views share: the style sheet, a scrolling page, headings. */
final class AddrViews {

    static final String STYLESHEET =
            Objects.requireNonNull(AddrViews.class.getResource("addr.css")).toExternalForm();

    private AddrViews() {
    }

    /** A scrolling column of sections, styled by addr.css. */
    static PageScroll page(VBox content, String id) {
        content.getStyleClass().add("addr-page");
        PageScroll scroll = new PageScroll(content);
        scroll.setFitToWidth(true);
        scroll.setId(id);
        scroll.getStyleClass().add("addr-scroll");
        scroll.getStylesheets().add(STYLESHEET);
        return scroll;
    }

    /** The words the address views draw themselves ({@code addr-views.properties}), in {@code language}. */
    static Texts words(Locale language) {
        return Texts.of("org.wirewise.ui.lesson.addr.addr-views", language);
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("addr-heading");
        // A long heading ("On the wire: UDP to 2001:db8::… (70 bytes; …)") wraps at 1280x720, never "…".
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static Label value(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
