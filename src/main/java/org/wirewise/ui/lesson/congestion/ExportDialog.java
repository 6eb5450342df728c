package org.wirewise.ui.lesson.congestion;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;

/** The congestion view's exports: a save dialog, the file type's extension added, errors shown. */
final class ExportDialog {

    /** Writes the chosen file (atomically, as every file the app writes). */
    @FunctionalInterface
    interface Export {
        void write(Path file) throws IOException;
    }

    private ExportDialog() {
    }

    /**
     * @param description the file type as the dialog names it ("PNG image")
     * @param extension   with its dot (".png"); added when the chosen name lacks it
     */
    static void save(Node owner, CongestionWords words, String title, String fileName, String description, String extension, Export export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*" + extension));
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (file == null) {
            return;
        }
        Path path = file.getName().toLowerCase(Locale.ROOT).endsWith(extension) ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + extension);
        try {
            export.write(path);
        } catch (IOException e) {
            new Alert(Alert.AlertType.ERROR, words.get("export.failed", path, e.getMessage())).show();
        }
    }
}
