package org.wirewise.ui.app;

import java.util.Optional;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Control;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Subscription;
import org.wirewise.ui.widget.SequenceDiagram;

/**
 * Keys for what only the mouse reached: Shift+F1 shows the focused item's tooltip (a hover-only
 * text: a parameter's allowed range, a lesson's summary, a packet's details, a field's bytes), and
 * Ctrl+Shift+arrows move the divider beside the focused part (the splitters are otherwise dragged).
 */
final class FocusKeys {

    /** How far one press moves a divider, as a share of its split. */
    static final double DIVIDER_STEP = 0.02;

    private Tooltip shown;

    /** Installs the keys on {@code scene}; unsubscribing removes them. */
    Subscription install(Scene scene) {
        EventHandler<KeyEvent> handler = e -> {
            hideShown();
            Node focus = scene.getFocusOwner();
            if (focus == null) {
                return;
            }
            if (e.getCode() == KeyCode.F1 && e.isShiftDown() && !e.isShortcutDown()) {
                tooltipOf(focus).ifPresent(t -> show(t, focus));
                e.consume();
            } else if (e.isShortcutDown() && e.isShiftDown() && !(focus instanceof TextInputControl)
                    && moveDivider(focus, e.getCode())) {
                e.consume();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, handler);
        return () -> {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, handler);
            hideShown();
        };
    }

    /** The focused item's tooltip: a packet's in a diagram, a focused row's in a list, else the control's own. */
    static Optional<Tooltip> tooltipOf(Node focus) {
        if (focus instanceof SequenceDiagram d) {
            return d.markedTooltip();
        }
        if (focus instanceof TreeView<?> tree) {
            int row = tree.getFocusModel().getFocusedIndex();
            // The tree's own cells: the one showing the focused row carries that row's tooltip.
            return tree.lookupAll(".tree-cell").stream()
                    .filter(n -> n instanceof IndexedCell<?> c && c.getIndex() == row && !c.isEmpty())
                    .map(n -> ((Control) n).getTooltip()).filter(t -> t != null).findFirst();
        }
        return focus instanceof Control c ? Optional.ofNullable(c.getTooltip()) : Optional.empty();
    }

    private void show(Tooltip tooltip, Node owner) {
        Bounds b = owner.localToScreen(owner.getLayoutBounds());
        if (b != null) {
            tooltip.show(owner, b.getMinX(), b.getMaxY() + 4);
            shown = tooltip;
        }
    }

    private void hideShown() {
        if (shown != null) {
            shown.hide(); // the next key takes it away, as moving the mouse does
            shown = null;
        }
    }

    /** Which of {@code split}'s items {@code node} is inside (the skin wraps each item in a node of its own). */
    private static int itemHolding(SplitPane split, Node node) {
        for (Node n = node; n != null && n != split; n = n.getParent()) {
            int i = split.getItems().indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Moves the divider on the focused part's side: Left/Right in the nearest side-by-side split
     * around it, Up/Down in the nearest stacked one. False when there is none.
     */
    static boolean moveDivider(Node focus, KeyCode code) {
        boolean horizontal = code == KeyCode.LEFT || code == KeyCode.RIGHT;
        if (!horizontal && code != KeyCode.UP && code != KeyCode.DOWN) {
            return false;
        }
        for (Node n = focus.getParent(); n != null; n = n.getParent()) {
            if (n instanceof SplitPane split && split.getOrientation() == (horizontal ? Orientation.HORIZONTAL
                    : Orientation.VERTICAL) && !split.getDividers().isEmpty()) {
                int item = itemHolding(split, focus);
                if (item < 0) {
                    continue;
                }
                int divider = Math.min(item, split.getDividers().size() - 1);
                double by = code == KeyCode.LEFT || code == KeyCode.UP ? -DIVIDER_STEP : DIVIDER_STEP;
                SplitPane.Divider d = split.getDividers().get(divider);
                d.setPosition(Math.max(0, Math.min(1, d.getPosition() + by)));
                return true;
            }
        }
        return false;
    }
}
