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
 * text field, a spinner or a choice stay there, and Space stays with a button or check box the
 * keyboard moved to; not with one the mouse clicked: buttons are Tab stops, and a click on one
 * must not take Space from the player.
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
        // The button a mouse press gave the focus to: it does not keep Space (buttons are Tab stops).
        boolean[] pressing = {false};
        Node[] clicked = {null};
        EventHandler<javafx.scene.input.MouseEvent> press = e -> pressing[0] = true;
        EventHandler<javafx.scene.input.MouseEvent> release = e -> pressing[0] = false;
        Subscription focus = scene.focusOwnerProperty().subscribe(f -> clicked[0] = pressing[0] ? f : null);
        EventHandler<KeyEvent> handler = event -> {
            if (!active.getAsBoolean() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                    || isEditing(scene)) {
                return;
            }
            if (event.getCode() == KeyCode.SPACE && scene.getFocusOwner() instanceof ButtonBase b && b != clicked[0]) {
                return; // a check box or button the keyboard moved to keeps Space, as everywhere else
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
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, press);
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, release);
        return Subscription.combine(focus, () -> {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, handler);
            scene.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, press);
            scene.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, release);
        });
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
