package org.wirewise.ui.app;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.util.Subscription;

/**
 * The keyboard focus indicator: a ring drawn just outside whatever control has the focus, in the
 * theme's {@code -wirewise-focus-ring} colour (wirewise.css), over everything and never taking a
 * click. One ring for every control, the drawn ones (the sequence diagram) included, rather than a
 * focus style per control: the theme draws a 1-pixel accent border that is too faint (WCAG 2.4.7).
 * It shows while the focus was moved by the keyboard ({@link Node#isFocusVisible()}), as browsers
 * show {@code :focus-visible}: a click does not put a ring around what was clicked.
 */
final class FocusRing {

    /** How far outside the control the ring starts, and how wide it is (the CSS border). */
    static final double WIDTH_PX = 3;

    private final Region ring = new Region();
    private final Pane host;

    /** @param host the window's root, which the ring is an unmanaged child of */
    FocusRing(Pane host) {
        this.host = host;
        ring.getStyleClass().add("focus-ring");
        ring.setId("focus-ring");
        ring.setManaged(false);
        ring.setMouseTransparent(true);
        ring.setFocusTraversable(false);
        ring.setVisible(false);
        host.getChildren().add(ring);
    }

    /** Follows the focus in {@code scene} after every layout pass (a focused node may move or resize). */
    Subscription attach(Scene scene) {
        Runnable follow = this::follow;
        scene.addPostLayoutPulseListener(follow);
        Subscription focus = scene.focusOwnerProperty().subscribe(f -> Platform.requestNextPulse());
        return Subscription.combine(focus, () -> scene.removePostLayoutPulseListener(follow));
    }

    /** The ring, for tests of where it is drawn. */
    Region node() {
        return ring;
    }

    private void follow() {
        Scene scene = host.getScene();
        Node focus = scene == null ? null : scene.getFocusOwner();
        if (focus == null || focus == ring || !focus.isFocusVisible() || !showing(focus)) {
            ring.setVisible(false);
            return;
        }
        Bounds b = host.sceneToLocal(focus.localToScene(focus.getLayoutBounds()));
        ring.resizeRelocate(b.getMinX() - WIDTH_PX, b.getMinY() - WIDTH_PX,
                b.getWidth() + 2 * WIDTH_PX, b.getHeight() + 2 * WIDTH_PX);
        if (host.getChildren().get(host.getChildren().size() - 1) != ring) {
            ring.toFront(); // the window replaces its parts (presentation mode): the ring stays on top
        }
        ring.setVisible(true);
    }

    private boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n == host) {
                return true;
            }
        }
        return false; // in another window (a dialog): its own controls' focus style shows there
    }
}
