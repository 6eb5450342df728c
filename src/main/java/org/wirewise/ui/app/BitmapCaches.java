package org.wirewise.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;

/**
 * Frees the bitmap caches of a view that leaves the window. Every ScrollPane's skin caches its
 * viewport as a bitmap ({@code setCache(true)}); the pixels come from a pool that gives them back
 * only when the cache is turned off while the node is still shown. A view dropped with its caches
 * on leaves them checked out, held by soft references that a large heap keeps for a long time: the
 * heap grew by some 26 MB each time the sidebar went through every lesson. So the departing view
 * stays for one more pulse, hidden, with its caches off, and is removed once that pulse has
 * passed the change to the renderer (hidden by opacity: an invisible node's change would not
 * reach it).
 *
 * <p>For that pulse it shows nothing of its lesson: everything but the cached nodes and the
 * containers on the way to them is made invisible, so no text of the lesson before (a packet's
 * label, a tooltip) is in the window for a screen reader, a focus traversal or a test reading it
 * before the pulse comes ("Close frame" of sse-and-polling was read on grpc's first step).
 */
final class BitmapCaches {

    private BitmapCaches() {
    }

    /** Turns off {@code departing}'s caches, keeps it hidden in {@code holder} for a pulse, then removes it. */
    static void release(Node departing, Pane holder) {
        List<Node> cached = new ArrayList<>();
        collect(departing, cached);
        Scene scene = holder.getScene();
        if (cached.isEmpty() || scene == null) {
            return;
        }
        cached.forEach(n -> n.setCache(false));
        hideAllBut(departing, cached);
        departing.setOpacity(0);
        departing.setManaged(false);
        departing.setMouseTransparent(true);
        holder.getChildren().add(0, departing);
        Runnable[] afterPulse = new Runnable[1];
        afterPulse[0] = () -> {
            scene.removePostLayoutPulseListener(afterPulse[0]);
            // Queued from the pulse, this runs once it has synchronised the nodes with the renderer.
            Platform.runLater(() -> holder.getChildren().remove(departing));
        };
        scene.addPostLayoutPulseListener(afterPulse[0]);
        Platform.requestNextPulse();
    }

    /** Makes invisible every node under {@code node} that is neither in {@code cached} nor holds one; true if it holds one. */
    private static boolean hideAllBut(Node node, List<Node> cached) {
        boolean isCached = cached.contains(node);
        boolean holds = isCached;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (isCached || !hideAllBut(child, cached)) {
                    child.setVisible(false); // a cached node's content too: its own change is what must reach the renderer
                } else {
                    holds = true;
                }
            }
        }
        return holds;
    }

    private static void collect(Node node, List<Node> cached) {
        node.setId(null); // for its last pulse the departing view must not answer for the new one's ids
        if (node.isCache()) {
            cached.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cached);
            }
        }
    }
}
