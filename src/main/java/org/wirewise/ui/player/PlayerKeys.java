package org.wirewise.ui.player;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Subscription;

/**
 * The player's keyboard: Space play/pause; Right or Page Down next; Left or Page Up back
 * (presentation clickers send Page Up/Down); Home/End; + and − change speed. Keys typed into a
 * text field or a spinner stay there, and Space stays with a focused check box.
 */
public final class PlayerKeys {

    private PlayerKeys() {
    }

    /** Installs the keys on a scene; unsubscribing removes them. */
    public static Subscription install(Scene scene, PlayerModel player) {
        return install(scene, player, () -> true);
    }

    /** Installs the keys, which act only while {@code active} says so (the player is on screen). */
    public static Subscription install(Scene scene, PlayerModel player, java.util.function.BooleanSupplier active) {
        EventHandler<KeyEvent> handler = event -> {
            if (!active.getAsBoolean() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                    || isEditing(scene)) {
                return;
            }
            if (event.getCode() == KeyCode.SPACE && scene.getFocusOwner() instanceof ButtonBase) {
                return; // a focused check box or button keeps Space, as everywhere else
            }
            boolean handled = true;
            switch (event.getCode()) {
                case SPACE -> player.togglePlay();
                case RIGHT, PAGE_DOWN -> player.next();
                case LEFT, PAGE_UP -> player.previous();
                case HOME -> player.first();
                case END -> player.last();
                case PLUS, ADD, EQUALS -> player.faster();
                case MINUS, SUBTRACT -> player.slower();
                default -> handled = false;
            }
            if (handled) {
                event.consume();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, handler);
        return () -> scene.removeEventFilter(KeyEvent.KEY_PRESSED, handler);
    }

    private static boolean isEditing(Scene scene) {
        Node focus = scene.getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof Spinner<?> || n instanceof ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }
}
