package org.wirewise.ui.widget;

import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.wirewise.model.trace.TracePacket;

/**
 * A focused {@link SequenceDiagram}'s keys. Up/Down move the mark to the packet sent before or
 * after (the window follows it), Enter selects it (its bytes show, as a click does), D or Delete
 * loses or delivers it (as Shift-click), the context-menu key or Shift+F10 opens its menu, Escape
 * takes the mark away; Shift+Up/Down move the window, Backspace makes it follow the step again.
 *
 * <p>Tab is not one of them: the diagram is one stop in the window's Tab order and the arrows move
 * inside it (as in a list), so Tab always leaves it, however many packets a trace has. The keys the
 * window handles for the whole scene (the player's Left/Right, Space, Page Up/Down, Home/End, +/−)
 * keep their meaning here.
 */
final class DiagramKeys {

    private DiagramKeys() {
    }

    static void install(SequenceDiagram diagram, PacketSelection selection) {
        diagram.focusedProperty().subscribe(focused -> {
            if (focused) {
                selection.placeMark();
            }
        });
        diagram.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if (handle(diagram, selection, e.getCode(), e.isShiftDown())) {
                e.consume();
            }
        });
        // Where the platform turns the menu key into a context-menu request of the focus owner.
        diagram.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() && diagram.showMarkedMenu()) {
                e.consume();
            }
        });
    }

    /** Acts on one key press; false when the diagram leaves it to others. */
    static boolean handle(SequenceDiagram diagram, PacketSelection selection, KeyCode code, boolean shift) {
        if (shift) {
            return switch (code) {
                case UP -> diagram.panWindow(-1);
                case DOWN -> diagram.panWindow(1);
                case F10 -> diagram.showMarkedMenu();
                default -> false;
            };
        }
        return switch (code) {
            case UP -> moved(diagram, selection, selection.markPrevious());
            case DOWN -> moved(diagram, selection, selection.markNext());
            case ENTER -> selection.selectMarked();
            case D, DELETE -> selection.toggleLossOfMarked(diagram.onTogglePacketLossProperty().get());
            case CONTEXT_MENU -> diagram.showMarkedMenu();
            case ESCAPE -> selection.clearMark();
            case BACK_SPACE -> diagram.panWindow(0);
            default -> false;
        };
    }

    private static boolean moved(SequenceDiagram diagram, PacketSelection selection, boolean moved) {
        TracePacket p = selection.markedProperty().get();
        if (p != null) {
            diagram.reveal(p);
        }
        return moved || p != null; // at the first or last packet the key is still the diagram's
    }
}
