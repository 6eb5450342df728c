package org.wirewise.ui.lesson.stack;

import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.wirewise.model.text.Texts;

/** The stack lessons' page: their own content, scrolling, above the packet bytes in a vertical split. */
final class StackPage {

    private StackPage() {
    }

    /** The chapter's view words ({@code stack-views.properties}) in {@code language}. */
    static Texts texts(Locale language) {
        return Texts.of("org.wirewise.ui.lesson.stack.stack-views", language);
    }

    /** Fills {@code root} with {@code top} (styled and scrolling) over {@code bytes}. */
    static void fill(SplitPane root, VBox top, Node bytes, double divider) {
        fill(root, top, bytes, divider, ".device-layer.highlighted", ".card-cell.highlighted");
    }

    /** As above, following {@code subjects} (FollowingScrollPane's selectors, the step's own first). */
    static void fill(SplitPane root, VBox top, Node bytes, double divider, String... subjects) {
        top.getStyleClass().addAll("stack-lesson", "stack-top");
        top.getStylesheets().add(LayerStyles.STYLESHEET);
        // What a step is about scrolls on screen: the layer a device works at, else the row it
        // highlights (a decision). The overhead's total is emphasised, not highlighted: never followed.
        ScrollPane scroll = new org.wirewise.ui.widget.FollowingScrollPane(top, subjects);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setOrientation(Orientation.VERTICAL);
        root.getItems().addAll(scroll, bytes);
        root.setDividerPositions(divider);
    }
}
