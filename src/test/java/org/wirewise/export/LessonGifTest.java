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
}
