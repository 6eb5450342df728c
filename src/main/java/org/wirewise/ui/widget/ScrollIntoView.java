package org.wirewise.ui.widget;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a scroll pane vertically so that a part of its content is on screen. */
public final class ScrollIntoView {

    private ScrollIntoView() {
    }

    /**
     * Scrolls {@code pane} as little as it takes for {@code subject}, laid out inside its
     * content, to show (as much of it as the view holds), so that what was above it stays in view
     * where it can. A subject already on screen leaves the pane where it is. Call it after the
     * content's layout.
     */
    public static void show(ScrollPane pane, Node subject) {
        show(pane, java.util.List.of(subject));
    }

    /** As {@link #show(ScrollPane, Node)}, for parts that belong together (a step's rows in two tables). */
    public static void show(ScrollPane pane, java.util.Collection<Node> subjects) {
        Node content = pane.getContent();
        if (content == null || subjects.isEmpty()) {
            return;
        }
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Node subject : subjects) {
            if (subject.getScene() == null) {
                return;
            }
            var b = content.sceneToLocal(subject.localToScene(subject.getLayoutBounds()));
            top = Math.min(top, b.getMinY());
            bottom = Math.max(bottom, b.getMaxY());
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double view = pane.getViewportBounds().getHeight();
        double shown = -pane.getViewportBounds().getMinY(); // the offset the view starts at
        double height = Math.min(bottom - top, view);
        boolean visible = top >= shown && top + height <= shown + view;
        if (contentHeight > view && !visible) {
            double offset = top < shown ? top : top + height - view;
            double fraction = Math.max(0, Math.min(1, offset / (contentHeight - view)));
            pane.setVvalue(pane.getVmin() + (pane.getVmax() - pane.getVmin()) * fraction);
        }
    }
}
