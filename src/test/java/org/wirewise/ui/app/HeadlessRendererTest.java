package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.ui.catalog.LessonRegistry;

/** `wirewise render`: a PNG of the requested size that shows the lesson in the chosen theme. */
class HeadlessRendererTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the renderer joins a running toolkit as well as starting one
    }

    private BufferedImage render(String name, Theme theme, boolean present) throws Exception {
        LessonSetup setup = LessonSetup.defaults(LessonRegistry.standard().catalog().require("tcp-handshake"));
        Path file = dir.resolve(name);
        HeadlessRenderer.render(new HeadlessRenderer.Request(setup, 4, 1280, 720, theme, present, file));
        return ImageIO.read(file.toFile());
    }

    private static double meanLuminance(BufferedImage image) {
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                sum += ((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114;
            }
        }
        return sum / 1000.0 / ((image.getWidth() / 4.0) * (image.getHeight() / 4.0));
    }

    @Test
    void rendersTheRequestedSizeInEitherTheme() throws Exception {
        BufferedImage light = render("light.png", Theme.LIGHT, false);
        BufferedImage dark = render("dark.png", Theme.DARK, false);
        assertThat(light.getWidth()).isEqualTo(1280);
        assertThat(light.getHeight()).isEqualTo(720);
        assertThat(meanLuminance(light)).isGreaterThan(180);
        assertThat(meanLuminance(dark)).isLessThan(90);
    }

    @Test
    void presentationModeHasNoSidebarAndLargerType() throws Exception {
        BufferedImage normal = render("normal.png", Theme.LIGHT, false);
        BufferedImage present = render("present.png", Theme.LIGHT, true);
        // The sidebar's strip at the left edge differs: gone in presentation mode.
        int differing = 0;
        for (int y = 100; y < 600; y += 5) {
            if (normal.getRGB(100, y) != present.getRGB(100, y)) {
                differing++;
            }
        }
        assertThat(differing).isGreaterThan(10);
    }
}
