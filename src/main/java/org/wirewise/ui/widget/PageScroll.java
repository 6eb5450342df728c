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
    private Node subjectPending;

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
        endPending = false;
        subjectPending = subject;
        requestLayout();
    }

    /** Forgets a scroll asked for earlier (the step moved on). */
    public void keepPosition() {
        endPending = false;
        subjectPending = null;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // The content is resized in its own layout, after this one; act once it is taller than the view.
        if (endPending && getContent() != null
                && getContent().getLayoutBounds().getHeight() > getViewportBounds().getHeight()) {
            endPending = false;
            setVvalue(getVmax());
        }
        if (subjectPending != null && getContent() != null && subjectPending.getLayoutBounds().getHeight() > 0) {
            Node subject = subjectPending;
            subjectPending = null;
            ScrollIntoView.show(this, subject);
        }
    }
}
