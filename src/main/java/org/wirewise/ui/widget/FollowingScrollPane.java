package org.wirewise.ui.widget;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane that keeps what its content highlights on screen: when a step highlights another
 * part (a new table row, the decision it is about), the pane scrolls to it after the layout that
 * places it. The same highlight stays where the user scrolled.
 */
public class FollowingScrollPane extends ScrollPane {

    private final java.util.List<String> subjects;
    private Node followed;
    private double followedIn;
    private double followedOver;
    /** How tall a view must be to show every part the step highlights at once (0: nothing highlighted). */
    private final javafx.beans.property.ReadOnlyDoubleWrapper subjectSpan = new javafx.beans.property.ReadOnlyDoubleWrapper(this, "subjectSpan");

    /**
     * @param subjects style class selectors of what a step highlights (".card-cell.highlighted"), the
     *     step's own subject first: the first that matches anything is followed, so a row that is
     *     always emphasised (a total) does not pull the view away from the device a step is about
     */
    public FollowingScrollPane(Node content, String... subjects) {
        super(content);
        this.subjects = java.util.List.of(subjects);
        // A content laid out anew (a step's new rows) may move its highlight: look again.
        content.layoutBoundsProperty().subscribe(b -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // A step's new rows are placed only after this method, in the children's own pass: place them
        // now, so the highlight is found where it will be drawn, not where it was (or at 0 x 0).
        if (getContent() instanceof javafx.scene.Parent content) {
            content.layout();
        }
        // Its own content, not another component: the style class is how rows say they are the step's subject.
        java.util.Set<Node> highlighted = java.util.Set.of();
        for (int i = 0; getContent() != null && highlighted.isEmpty() && i < subjects.size(); i++) {
            highlighted = getContent().lookupAll(subjects.get(i)); // the first selector that finds anything
        }
        subjectSpan.set(span(highlighted));
        Node first = highlighted.isEmpty() ? null : highlighted.iterator().next();
        double view = getViewportBounds().getHeight();
        boolean resized = Math.abs(view - followedIn) > 0.5; // a split gave the pane another height: look again
        // The skin may size the content before a step's new rows count in it: once they do, look again.
        double over = getContent() == null ? 0 : getContent().getLayoutBounds().getHeight();
        boolean regrown = Math.abs(over - followedOver) > 0.5;
        if ((first != followed || resized || regrown) && first != null && first.getLayoutBounds().getHeight() > 0) {
            followed = first;
            followedIn = view;
            followedOver = over;
            ScrollIntoView.show(this, highlighted);
        } else if (first == null) {
            followed = null;
        }
    }

    /**
     * The height from the top of the first highlighted part to the bottom of the last, in the
     * content (rows of two tables: both titles and heads between); a split can give the pane that much.
     */
    public javafx.beans.property.ReadOnlyDoubleProperty subjectSpanProperty() {
        return subjectSpan.getReadOnlyProperty();
    }

    private double span(java.util.Set<Node> highlighted) {
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Node n : highlighted) {
            if (n.getScene() == null || getContent() == null) {
                return 0;
            }
            var b = getContent().sceneToLocal(n.localToScene(n.getLayoutBounds()));
            top = Math.min(top, b.getMinY());
            bottom = Math.max(bottom, b.getMaxY());
        }
        return highlighted.isEmpty() ? 0 : bottom - top;
    }
}
