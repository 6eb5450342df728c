package org.wirewise.ui.lesson.congestion;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import org.wirewise.ui.widget.NodeImages;

/** Saves the chart area, as shown, to a PNG file, written atomically like every export. */
final class ChartImage {

    private ChartImage() {
    }

    static void chooseAndWrite(Node charts) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the charts as PNG");
        chooser.setInitialFileName("congestion.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(charts.getScene() == null ? null : charts.getScene().getWindow());
        if (file == null) {
            return;
        }
        Path path = file.getName().toLowerCase(Locale.ROOT).endsWith(".png") ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + ".png");
        try {
            write(charts, path);
        } catch (IOException e) {
            new Alert(Alert.AlertType.ERROR, "Could not write " + path + ": " + e.getMessage()).show();
        }
    }

    /** Renders the node (on the FX thread) and writes it; the file is replaced only when complete. */
    static void write(Node charts, Path path) throws IOException {
        NodeImages.writePng(charts, path);
    }
}
