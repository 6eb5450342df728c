package org.wirewise.ui.lesson.latency;

import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.text.Texts;
import org.wirewise.ui.lesson.LessonContext;

/** What the latency part B views share: their style sheet, words and labels. */
final class LatencyViews {

    static final String STYLESHEET =
            Objects.requireNonNull(LatencyViews.class.getResource("latency-views.css")).toExternalForm();

    private LatencyViews() {
    }

    /**
     * The page a view shows: as tall as the window while its parts fit (the world map shrinks to
     * leave room), scrolling once they are taller than their minimum (presentation mode at 720 px).
     */
    static ScrollPane page(VBox content, String id) {
        content.getStyleClass().add("latency-page");
        content.getStylesheets().add(STYLESHEET);
        // A step's highlighted row (the budget part, the map's number) is its subject: the page follows it.
        ScrollPane scroll = new org.wirewise.ui.widget.FollowingScrollPane(content, ".numbers-highlighted");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setId(id);
        scroll.getStyleClass().add("latency-scroll");
        scroll.getStylesheets().add(STYLESHEET);
        return scroll;
    }

    /** The latency views' own words ({@code latency-views.properties}) in the window's language. */
    static Texts texts(LessonContext context) {
        return Texts.of("org.wirewise.ui.lesson.latency.latency-views", context.language());
    }

    static Label label(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
