package org.wirewise.ui.app;

import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.wirewise.model.text.Texts;

/**
 * A menu item's keys, shown in the window's language: JavaFX writes a combination's modifiers in
 * English ("Shift+Ctrl+E") where a Spanish keyboard says "Mayús". The keys it matches are the
 * parsed combination's.
 */
final class MenuAccelerator extends KeyCombination {

    private final KeyCodeCombination keys;
    private final String shift;

    private MenuAccelerator(KeyCodeCombination keys, String shift) {
        super(keys.getShift(), keys.getControl(), keys.getAlt(), keys.getMeta(), keys.getShortcut());
        this.keys = keys;
        this.shift = shift;
    }

    /** {@code spec} as {@link KeyCombination#keyCombination} reads it, its Shift named by {@code words}' {@code key.shift}. */
    static KeyCombination of(String spec, Texts words) {
        return new MenuAccelerator((KeyCodeCombination) KeyCombination.keyCombination(spec), words.get("key.shift"));
    }

    @Override
    public boolean match(KeyEvent event) {
        return keys.match(event);
    }

    @Override
    public String getDisplayText() {
        return keys.getDisplayText().replace("Shift", shift); // macOS writes ⇧, which has no word to change
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MenuAccelerator m && m.keys.equals(keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }
}
