package org.wirewise.ui.lesson.tcp;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The panels beside (stacked) or below (side by side) a TCP lesson's diagram. */
final class SidePanel extends StackPane {

    private final VBox stacked = new VBox();
    private final HBox sideBySide = new HBox(10);
    private boolean wide;

    SidePanel() {
        getChildren().add(stacked);
    }

    /** Panels for this lesson; they are laid out as {@link #setOrientationHint} says. */
    ObservableList<Node> getChildrenList() {
        return wide ? sideBySide.getChildren() : stacked.getChildren();
    }

    /** True: the panel sits below the diagram, its parts side by side. */
    void setOrientationHint(boolean below) {
        if (below == wide) {
            return;
        }
        ObservableList<Node> from = getChildrenList();
        Node[] parts = from.toArray(new Node[0]);
        from.clear();
        wide = below;
        getChildrenList().setAll(parts);
        getChildren().setAll(wide ? sideBySide : stacked);
    }
}
