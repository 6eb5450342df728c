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

    @Test
    void allStepsRendersOnePngPerStepEachShowingItsOwnStep() throws Exception {
        LessonSetup setup = LessonSetup.defaults(LessonRegistry.standard().catalog().require("tcp-handshake"));
        Path folder = dir.resolve("steps");
        java.nio.file.Files.createDirectories(folder);
        java.util.List<Path> files = HeadlessRenderer.renderAll(
                new HeadlessRenderer.Request(setup, 1, 960, 540, Theme.LIGHT, false, folder), folder);
        int steps = setup.simulate().stepCount();
        assertThat(files).hasSize(steps);
        assertThat(files.get(0).getFileName().toString()).isEqualTo("step-1.png"); // 8 steps: one digit
        BufferedImage first = ImageIO.read(files.get(0).toFile());
        BufferedImage last = ImageIO.read(files.get(steps - 1).toFile());
        assertThat(first.getWidth()).isEqualTo(960);
        int differing = 0;
        for (int y = 0; y < 540; y += 3) {
            for (int x = 0; x < 960; x += 3) {
                differing += first.getRGB(x, y) != last.getRGB(x, y) ? 1 : 0;
            }
        }
        assertThat(differing).as("the first and last step are different pictures").isGreaterThan(500);
    }

    @Test
    void aWholeLessonBecomesAPdfWithOnePagePerStepAndItsNarrationAndAGifWithOneFramePerStep() throws Exception {
        LessonSetup setup = LessonSetup.defaults(LessonRegistry.standard().catalog().require("tcp-handshake"));
        org.wirewise.model.trace.Trace trace = setup.simulate();
        HeadlessRenderer.Request request = new HeadlessRenderer.Request(setup, 1, 640, 360, Theme.LIGHT, true, dir);
        Path pdf = dir.resolve("handout.pdf");
        HeadlessRenderer.exportLesson(request, pdf, LessonExport.Format.PDF);
        org.wirewise.export.PdfStructure structure = new org.wirewise.export.PdfStructure(java.nio.file.Files.readAllBytes(pdf));
        assertThat(structure.pageCount()).isEqualTo(trace.stepCount());
        assertThat(structure.pageObjects()).isEqualTo(trace.stepCount());
        assertThat(structure.text()).contains("(" + trace.step(trace.stepCount() - 1).title() + ") Tj");

        Path gif = dir.resolve("lesson.gif");
        HeadlessRenderer.exportLesson(request, gif, LessonExport.Format.GIF);
        javax.imageio.ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(trace.stepCount());
            BufferedImage first = reader.read(0);
            BufferedImage last = reader.read(trace.stepCount() - 1);
            assertThat(first.getWidth()).isEqualTo(640);
            int differing = 0;
            for (int y = 0; y < 360; y += 6) {
                for (int x = 0; x < 640; x += 6) {
                    differing += first.getRGB(x, y) != last.getRGB(x, y) ? 1 : 0;
                }
            }
            assertThat(differing).as("the frames show different steps").isGreaterThan(100);
        } finally {
            reader.dispose();
        }
    }
}
