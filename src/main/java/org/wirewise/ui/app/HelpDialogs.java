package org.wirewise.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts and About: the window's two information dialogs and their text. */
final class HelpDialogs {

    private HelpDialogs() {
    }

    static void shortcuts(Window owner, org.wirewise.model.text.Texts texts) {
        info(owner, texts.get("shortcuts.header"), shortcutTable(texts.language()) + "\n\n"
                + KeyboardHelp.section(texts.language())); // the keyboard-only keys (issue #24)
    }

    /** The table of keys, in {@code shortcuts.txt} (English) or {@code shortcuts_es.txt}: columns aligned by hand. */
    static String shortcutTable(java.util.Locale language) {
        String name = language.getLanguage().equals("en") ? "shortcuts.txt" : "shortcuts_" + language.getLanguage() + ".txt";
        try (var in = HelpDialogs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the shortcuts table " + name + " is missing from the app");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).stripTrailing();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void about(Window owner, org.wirewise.model.text.Texts texts) {
        info(owner, texts.get("about.header"), texts.get("about.text"));
    }

    private static void info(Window owner, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Wirewise");
        alert.setHeaderText(header);
        Label content = new Label(text);
        content.getStyleClass().add("monospace");
        alert.getDialogPane().setContent(content);
        alert.show();
    }
}
