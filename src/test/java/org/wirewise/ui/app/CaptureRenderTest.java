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
import org.wirewise.lesson.replay.CaptureLesson;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.model.replay.CaptureTrace;
import org.wirewise.model.replay.OpenedCapture;
import org.wirewise.model.trace.Trace;

/** `wirewise render --capture`: a replayed capture drawn by the app, each step its own picture. */
class CaptureRenderTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private BufferedImage render(Trace trace, LessonSetup setup, int step, javafx.scene.input.KeyCode... keys)
            throws Exception {
        Path file = dir.resolve("step-" + step + "-" + keys.length + ".png");
        HeadlessRenderer.renderReplay(new HeadlessRenderer.Request(setup, step, 1280, 720, Theme.LIGHT, false, file,
                null, java.util.List.of(keys)), trace);
        return ImageIO.read(file.toFile());
    }

    private final Path file = TestCaptures.DIR.resolve(TestCaptures.HTTP_SIMPLE_GET);
    private final LessonSetup setup = CaptureLesson.setup(file, 1);

    @Test
    void pressingIRendersTheGraphsOverTimeInTheDiagramsPlace() throws Exception {
        Trace trace = replay();
        BufferedImage diagram = render(trace, setup, 9);
        BufferedImage graphs = render(trace, setup, 9, javafx.scene.input.KeyCode.I);
        // The upper left quarter of the lesson's area: the ladder's lanes there, the charts' axes here.
        assertThat(differing(diagram, graphs, 250, 60, 900, 480)).as("pixels that differ in the view's upper part")
                .isGreaterThan(500);
        assertThat(differing(diagram, graphs, 910, 60, 1280, 300)).as("the narration beside it is the same")
                .isZero();
    }

    private Trace replay() throws Exception {
        OpenedCapture opened = OpenedCapture.of(PcapReader.read(file));
        return CaptureTrace.of(opened, opened.conversations().get(0));
    }

    private static int differing(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        int differing = 0;
        for (int y = y0; y < y1; y += 4) {
            for (int x = x0; x < x1; x += 4) {
                differing += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return differing;
    }

    @Test
    void theHandshakeAndTheCloseOfARealCaptureAreDifferentPictures() throws Exception {
        Trace trace = replay();
        BufferedImage handshake = render(trace, setup, 2);
        BufferedImage close = render(trace, setup, trace.stepCount());
        assertThat(handshake.getWidth()).isEqualTo(1280);
        int differing = 0;
        for (int y = 0; y < 720; y += 8) {
            for (int x = 0; x < 1280; x += 8) {
                differing += handshake.getRGB(x, y) != close.getRGB(x, y) ? 1 : 0;
            }
        }
        assertThat(differing).as("pixels that differ between step 2 and the last").isGreaterThan(500);
    }
}
