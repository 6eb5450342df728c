package org.wirewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The fast PNG encoder's files read back, pixel for pixel, with the JDK's own PNG reader. */
class PngWriterTest {

    @Test
    void everyPixelReadsBackAsWritten() throws Exception {
        int w = 97;
        int h = 31;
        int[] argb = new int[w * h];
        long state = 42;
        for (int i = 0; i < argb.length; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L; // any mix of colours, including wrap-around differences
            argb[i] = 0xFF000000 | (int) (state >>> 40) & 0xFFFFFF;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.write(argb, w, h, out);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.getWidth()).isEqualTo(w);
        assertThat(read.getHeight()).isEqualTo(h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(argb[y * w + x] & 0xFFFFFF);
            }
        }
    }
}
