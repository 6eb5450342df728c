package org.wirewise.ui.lesson.latency;

import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** What the latency part B views share: their style sheet and labels. */
final class LatencyViews {

    static final String STYLESHEET =
            Objects.requireNonNull(LatencyViews.class.getResource("latency-views.css")).toExternalForm();

    private LatencyViews() {
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
