package org.wirewise.ui.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.wirewise.scenario.AtomicFiles;

/** Renders a node to a PNG file (written atomically). Call on the FX thread. */
final class NodeImages {

    private NodeImages() {
    }

    static void writePng(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(null, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
