package org.wirewise.ui.widget;

import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;

/**
 * Gives drawn content (a diagram, a chart, a buffer of shapes) what a screen reader says for it.
 * Setting a node's accessible text does not tell the platform on its own; this also notifies it,
 * so a reader announces the new text of the node it is on (Windows and macOS: JavaFX has no
 * accessibility bridge on Linux).
 */
public final class AccessibleText {

    private AccessibleText() {
    }

    /** Marks {@code node} as a picture a reader describes with its text, and says how to use it. */
    public static void picture(Node node, String help) {
        node.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        node.setAccessibleHelp(help);
    }

    /** Sets the text a reader says for {@code node}; returns whether it changed (and the platform was told). */
    public static boolean set(Node node, String text) {
        if (text.equals(node.getAccessibleText())) {
            return false;
        }
        node.setAccessibleText(text);
        node.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        return true;
    }
}
