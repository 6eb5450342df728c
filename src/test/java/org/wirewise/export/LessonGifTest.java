package org.wirewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/** The animated GIF has one frame per step, read back with ImageIO, each shown 3 s, looping forever. */
class LessonGifTest {

    @Test
    void oneFramePerStepEachWithItsDelayAndTheAnimationLoops() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LessonGif gif = new LessonGif(out, 3000)) {
            for (int i = 1; i <= 4; i++) {
                gif.add(LessonPdfTest.picture(80, 45, i));
            }
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(4);
            assertThat(reader.read(2).getWidth()).isEqualTo(80);
            for (int i = 0; i < 4; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                assertThat(control.getAttribute("delayTime")).isEqualTo("300");
            }
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode loop = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertThat(loop.getAttribute("applicationID")).isEqualTo("NETSCAPE");
            assertThat((byte[]) loop.getUserObject()).containsExactly(1, 0, 0);
        } finally {
            reader.dispose();
        }
    }

    /** A lesson-like picture: a theme's background, a lane, an arrow's colour and anti-aliased text. */
    private static java.awt.image.BufferedImage lessonPicture(java.awt.Color background, java.awt.Color ink) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 180, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, 320, 180);
        g.setColor(new java.awt.Color(0x0072b2));
        g.fillRect(20, 20, 280, 12);
        g.setColor(new java.awt.Color(0xd55e00));
        g.drawLine(20, 60, 300, 160);
        g.setColor(ink);
        g.drawString("SYN seq=0 win=64240", 40, 110);
        g.dispose();
        return image;
    }

    @Test
    void everyFrameKeepsItsOwnColoursALightStepAndADarkOne() throws Exception {
        java.awt.image.BufferedImage light = lessonPicture(java.awt.Color.WHITE, java.awt.Color.BLACK);
        java.awt.image.BufferedImage dark = lessonPicture(java.awt.Color.BLACK, java.awt.Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LessonGif gif = new LessonGif(out, 1000)) {
            gif.add(light);
            gif.add(dark);
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            reader.setInput(in);
            java.awt.image.BufferedImage[] sources = {light, dark};
            for (int f = 0; f < 2; f++) {
                java.awt.image.BufferedImage back = reader.read(f);
                int worst = 0;
                for (int y = 0; y < 180; y++) {
                    for (int x = 0; x < 320; x++) {
                        int a = sources[f].getRGB(x, y);
                        int b = back.getRGB(x, y);
                        for (int shift = 0; shift <= 16; shift += 8) {
                            worst = Math.max(worst, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
                        }
                    }
                }
                // 15-bit buckets: a flat colour comes back as its bucket's mean (anti-aliased edges of
                // nearly the same colour pull it by a step or two), an edge pixel within a bucket's
                // width of its neighbours.
                assertThat(distance(back.getRGB(5, 5), sources[f].getRGB(5, 5))).as("frame %d background", f).isLessThanOrEqualTo(3);
                assertThat(distance(back.getRGB(100, 25), 0x0072b2)).as("frame %d bar", f).isLessThanOrEqualTo(3);
                assertThat(worst).as("frame %d: the largest channel error", f).isLessThanOrEqualTo(24);
            }
        } finally {
            reader.dispose();
        }
    }

    private static int distance(int a, int b) {
        int worst = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            worst = Math.max(worst, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return worst;
    }
}
