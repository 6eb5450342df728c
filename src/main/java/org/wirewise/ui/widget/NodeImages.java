package org.wirewise.ui.widget;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.WritablePixelFormat;
import org.wirewise.export.PngWriter;
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
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, WritablePixelFormat.getIntArgbInstance(), argb, 0, w);
        AtomicFiles.write(file, out -> PngWriter.write(argb, w, h, out));
    }
}
