package org.wirewise.ui.app;

import javafx.scene.input.KeyCode;

/**
 * What presentation mode shows besides the lesson's picture and the narration caption: packet
 * bytes (H), the state table (V) and the parameters (P), each hidden until its key is pressed;
 * T gives a lesson's tables most of the height and its picture the strip (and back).
 */
final class PresentationToggles {

    private boolean bytes;
    private boolean states;
    private boolean parameters;
    private boolean tablesFirst;

    /** Flips what {@code key} controls; false when the key controls nothing here. */
    boolean toggle(KeyCode key) {
        switch (key) {
            case H -> bytes = !bytes;
            case V -> states = !states;
            case P -> parameters = !parameters;
            case T -> tablesFirst = !tablesFirst;
            default -> {
                return false;
            }
        }
        return true;
    }

    boolean bytes() {
        return bytes;
    }

    boolean states() {
        return states;
    }

    boolean parameters() {
        return parameters;
    }

    boolean tablesFirst() {
        return tablesFirst;
    }
}
