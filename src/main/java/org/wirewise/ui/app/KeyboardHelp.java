package org.wirewise.ui.app;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import org.wirewise.model.text.Texts;
import org.wirewise.ui.widget.SequenceDiagram;

/** The keyboard-only section of the shortcuts dialog, in the window's language (bundle {@code keyboard}). */
final class KeyboardHelp {

    static final String BUNDLE = "org.wirewise.ui.app.keyboard";
    /** The dialog's lines in the order they are listed: each has a {@code key.} and a {@code does.} text. */
    static final List<String> LINES = List.of("tab", "menu", "lessons", "parameter", "mark", "select", "drop",
            "packetMenu", "unmark", "window", "fields", "bytes", "tip", "split");
    /** The narrowest key column, as the table above it in {@link HelpDialogs}; a longer key widens it. */
    private static final int KEY_COLUMN = 26;
    /** The widest a line gets, as the table above it: a longer description goes on, under itself. */
    static final int WIDTH = 84;

    private KeyboardHelp() {
    }

    /** The section: its heading, then each key with its words in a column of their own, wrapped at {@link #WIDTH}. */
    static String section(Locale language) {
        Texts texts = Texts.of(BUNDLE, language);
        StringBuilder b = new StringBuilder(texts.get("help.heading")).append('\n');
        int column = Math.max(KEY_COLUMN, LINES.stream().mapToInt(l -> texts.get("key." + l).length() + 2).max().orElse(0));
        for (String line : LINES) {
            String key = texts.get("key." + line);
            b.append(key).append(" ".repeat(column - key.length()));
            int used = column;
            for (String word : texts.get("does." + line).split(" ")) {
                if (used > column && used + 1 + word.length() > WIDTH) {
                    b.append('\n').append(" ".repeat(column));
                    used = column;
                } else if (used > column) {
                    b.append(' ');
                    used++;
                }
                b.append(word);
                used += word.length();
            }
            b.append('\n');
        }
        return b.toString().stripTrailing();
    }

    /**
     * Whether Escape belongs to the focused sequence diagram (it takes its packet mark away) rather
     * than to the window (presenting, Escape otherwise ends presentation mode).
     */
    static boolean escapeClearsFocusedMark(Scene scene) {
        return scene.getFocusOwner() instanceof SequenceDiagram d && d.selection().markedProperty().get() != null;
    }
}
