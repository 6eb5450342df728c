package org.wirewise.ui.widget;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.wirewise.scenario.AtomicFiles;

/** Writes what is on screen to PNG files, atomically like every file the app writes. */
public final class NodeImages {

    private NodeImages() {
    }

    /** Renders a node as shown (call on the FX thread) and writes it. */
    public static void writePng(Node node, Path file) throws IOException {
        writePng(node.snapshot(null, null), file);
    }

    /** Writes an image already rendered (any thread); the file is replaced only when complete. */
    public static void writePng(Image image, Path file) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
