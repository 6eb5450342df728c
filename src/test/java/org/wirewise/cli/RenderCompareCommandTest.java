package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * {@code render LESSON --compare KEY=VALUE}: an A/B picture for a short lesson, a long one (url-journey,
 * above the window's background limit, which --compare used to refuse) and the congestion lab's two
 * algorithms; bad side-B input ends with one line naming --compare, the parameter and what is allowed.
 */
class RenderCompareCommandTest extends CommandLineHarness {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the renderer joins the running toolkit
    }

    private BufferedImage render(String... args) throws Exception {
        Path png = dir.resolve("ab.png");
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--size", "960x540", "-o", png.toString()}, 0, all, args.length, 4);
        assertThat(run(all)).as(err.toString()).isZero();
        return ImageIO.read(png.toFile());
    }

    @Test
    void rendersAComparisonOfAShortALongAndAMultiRunLesson() throws Exception {
        assertThat(render("render", "tcp-handshake", "--step", "4", "--compare", "rttMs=200").getWidth()).isEqualTo(960);
        assertThat(render("render", "url-journey", "--step", "6", "--compare", "tls=1.2").getHeight()).isEqualTo(540);
        assertThat(render("render", "congestion", "--set", "algorithms=reno", "--compare", "algorithms=cubic",
                "--set", "durationS=5").getWidth()).isEqualTo(960);
    }

    @Test
    void badSideBInputIsOneLineNamingTheParameter() {
        String png = dir.resolve("never.png").toString();
        assertThat(run("render", "url-journey", "--compare", "tls=1.1", "-o", png)).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("wirewise: --compare: tls").contains("1.2").contains("resumed")
                .doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("render", "congestion", "--set", "compare=shared", "--compare", "flows=20", "-o", png))
                .isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("wirewise: --compare: side B: these parameters cannot be simulated: flows:")
                .doesNotContain("\n");
        assertThat(dir.resolve("never.png")).doesNotExist();
    }
}
