package org.wirewise.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * A lesson as an animated GIF, one frame per step, looping (the NETSCAPE2.0 extension), written
 * with the JDK's GIF writer. Frames are written as they are added.
 */
public final class LessonGif implements AutoCloseable {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int delayCentiseconds;
    private boolean first = true;

    /** Starts an animation on {@code out} showing each frame for {@code delayMillis}. */
    public LessonGif(OutputStream out, int delayMillis) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no GIF writer");
        }
        writer = writers.next();
        stream = ImageIO.createImageOutputStream(out);
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
        delayCentiseconds = Math.max(1, delayMillis / 10);
    }

    /** Adds one frame, reduced to the GIF's 256 colours ({@link GifPalette}). */
    public void add(BufferedImage frame) throws IOException {
        BufferedImage rgb = GifPalette.reduce(frame);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        localColours(root, (java.awt.image.IndexColorModel) rgb.getColorModel());
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0: forever
            extensions.appendChild(loop);
            first = false;
        }
        metadata.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(rgb, null, metadata), param);
    }

    /** Ends the animation; the underlying stream is flushed, not closed. */
    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
            stream.close(); // an ImageOutputStream over a stream leaves that stream open
        }
    }

    /**
     * Each frame carries its own palette: left to the writer, later frames were drawn with the first
     * frame's (global) colours, which turned a light picture dark blue.
     */
    private static void localColours(IIOMetadataNode root, java.awt.image.IndexColorModel colours) {
        IIOMetadataNode table = child(root, "LocalColorTable");
        while (table.getLength() > 0) {
            table.removeChild(table.getFirstChild());
        }
        int size = 2;
        while (size < colours.getMapSize()) {
            size *= 2;
        }
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(size));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < size; i++) {
            int c = i < colours.getMapSize() ? i : 0;
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(colours.getRed(c)));
            entry.setAttribute("green", Integer.toString(colours.getGreen(c)));
            entry.setAttribute("blue", Integer.toString(colours.getBlue(c)));
            table.appendChild(entry);
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
