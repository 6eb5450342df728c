package org.wirewise.ui.lesson.congestion;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import org.wirewise.ui.widget.NodeImages;

/** Saves the chart area, as shown, to a PNG file, written atomically like every export. */
final class ChartImage {

    private ChartImage() {
    }

    static void chooseAndWrite(Node charts, CongestionWords words) {
        ExportDialog.save(charts, words, words.get("export.png"), "congestion.png", words.get("export.png.type"), ".png",
                path -> write(charts, path));
    }

    /** Renders the node (on the FX thread) and writes it; the file is replaced only when complete. */
    static void write(Node charts, Path path) throws IOException {
        NodeImages.writePng(charts, path);
    }
}
