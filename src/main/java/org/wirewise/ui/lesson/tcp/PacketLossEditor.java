package org.wirewise.ui.lesson.tcp;

import java.util.Set;
import java.util.TreeSet;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.wirewise.model.tcp.DropList;
import org.wirewise.model.trace.TracePacket;

/**
 * Loses or restores a packet the learner picked in the diagram by editing the lesson's
 * {@code drop} parameter where the learner would: the parameter panel's field (id
 * {@code parameter-drop}). The edit therefore re-runs the lesson, shows up in the panel and can
 * be undone like any other.
 */
final class PacketLossEditor {

    private PacketLossEditor() {
    }

    /** The drop text after toggling packet {@code number} (1-based) in {@code current}. */
    static String toggled(String current, int number) {
        Set<Integer> numbers;
        try {
            numbers = new TreeSet<>(DropList.parse(current));
        } catch (IllegalArgumentException e) {
            numbers = new TreeSet<>();
        }
        if (!numbers.remove(number)) {
            numbers.add(number);
        }
        return DropList.format(numbers);
    }

    /** Applies the toggle through the parameter field in {@code anyNode}'s scene; false if there is none. */
    static boolean toggle(Node anyNode, TracePacket packet) {
        if (anyNode.getScene() == null
                || !(anyNode.getScene().lookup("#parameter-drop") instanceof TextField field)) {
            return false;
        }
        field.setText(toggled(field.getText(), packet.id() + 1));
        field.fireEvent(new ActionEvent());
        return true;
    }
}
