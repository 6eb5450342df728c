package org.wirewise.ui.widget;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A lesson's scrolling page (the address lessons', the certificate chain's), which can be asked
 * to show its end, or a part of it, once the content has been laid out at its new height. Setting the scroll value at once does not hold: when the
 * content grows, the skin keeps the old pixel offset and puts the page back at the top.
 */
public final class PageScroll extends ScrollPane {

    private boolean endPending;
    private java.util.List<Node> subjectPending;
    /** The content's height when the pending subject was last scrolled to (-1: not yet). */
    private double pendingAt = -1;

    public PageScroll(Node content) {
        super(content);
        // Lives and dies with its content: nothing to release.
        content.layoutBoundsProperty().subscribe(b -> {
            if (endPending || subjectPending != null) {
                requestLayout();
            }
        });
    }

    /** Scrolls to the end of the page after the next layout. */
    public void scrollToEnd() {
        endPending = true;
        requestLayout();
    }

    /**
     * Scrolls, after the next layout, so that {@code subject} (a part of the content) is on
     * screen: its top at the top of the view, or as much of it as the view holds.
     */
    public void scrollToShow(Node subject) {
        scrollToShow(java.util.List.of(subject));
    }

    /** As {@link #scrollToShow(Node)}, for parts that belong together (a step's rows): from the first one's top. */
    public void scrollToShow(java.util.Collection<Node> subjects) {
        if (subjects.isEmpty()) {
            keepPosition();
            return;
        }
        endPending = false;
        subjectPending = java.util.List.copyOf(subjects);
        pendingAt = -1;
        requestLayout();
    }

    /** Forgets a scroll asked for earlier (the step moved on). */
    public void keepPosition() {
        endPending = false;
        subjectPending = null;
        pendingAt = -1;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // A step's new rows are placed in the content's own pass, after this one: place them now, so
        // the subject has its size and place when it is scrolled to (as FollowingScrollPane does).
        if (subjectPending != null && getContent() instanceof javafx.scene.Parent content) {
            content.layout();
        }
        // The content is resized in its own layout, after this one; act once it is taller than the view.
        if (endPending && getContent() != null
                && getContent().getLayoutBounds().getHeight() > getViewportBounds().getHeight()) {
            endPending = false;
            setVvalue(getVmax());
        }
        if (subjectPending != null && getContent() != null && subjectPending.get(0).getLayoutBounds().getHeight() > 0) {
            // The skin may size the content to its new height only after this pass, which moves the
            // subject under a scroll computed for the old height: scroll again until the height holds.
            double height = getContent().getLayoutBounds().getHeight();
            if (Math.abs(height - pendingAt) < 0.5) {
                subjectPending = null;
                pendingAt = -1;
            } else {
                pendingAt = height;
                ScrollIntoView.show(this, subjectPending);
            }
        }
    }
}
