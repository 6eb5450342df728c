package org.wirewise.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handout PDF parses: cross-reference offsets land on their objects, one page per step, each
 * picture's pixels come back out of its Flate stream, and the text is in the file. qpdf and
 * pdfinfo judge it when installed (apt-get install qpdf poppler-utils); those two checks skip
 * only when the tools are absent.
 */
class LessonPdfTest {

    @TempDir
    Path dir;

    static BufferedImage picture(int w, int h, int seed) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, (x * 7 + y * 13 + seed * 31) & 0xFFFFFF);
            }
        }
        return image;
    }

    static byte[] threePages() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LessonPdf pdf = new LessonPdf(out);
        for (int i = 1; i <= 3; i++) {
            pdf.add(new LessonPdf.Page(picture(64, 36, i), "Step title " + i + " (with parentheses) \\ → ≥",
                    "Lesson · step " + i + " of 3 · RFC 9293 §3.5", "Narration of step " + i + ". ".repeat(60)));
        }
        pdf.finish();
        return out.toByteArray();
    }

    @Test
    void onePagePerStepWithCrossReferencesThatLandOnTheirObjects() throws Exception {
        PdfStructure pdf = new PdfStructure(threePages());
        assertThat(pdf.pageCount()).isEqualTo(3);
        assertThat(pdf.pageObjects()).isEqualTo(3);
        assertThat(pdf.text()).contains("(Step title 2 \\(with parentheses\\) \\\\ -> >=) Tj");
    }

    @Test
    void eachPicturesPixelsComeBackOutOfItsFlateStream() throws Exception {
        String text = new String(threePages(), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Subtype /Image /Width 64 /Height 36 .*?/Length (\\d+) >>\nstream\n").matcher(text);
        for (int page = 1; page <= 3; page++) {
            assertThat(m.find()).as("image of page %d", page).isTrue();
            byte[] packed = text.substring(m.end(), m.end() + Integer.parseInt(m.group(1))).getBytes(StandardCharsets.ISO_8859_1);
            Inflater inflater = new Inflater();
            inflater.setInput(packed);
            byte[] rgb = new byte[64 * 36 * 3];
            assertThat(inflater.inflate(rgb)).isEqualTo(rgb.length);
            inflater.end();
            BufferedImage source = picture(64, 36, page);
            for (int i : new int[] {0, 1000, 64 * 36 - 1}) {
                int argb = source.getRGB(i % 64, i / 64);
                assertThat(new int[] {rgb[3 * i] & 0xFF, rgb[3 * i + 1] & 0xFF, rgb[3 * i + 2] & 0xFF})
                        .containsExactly((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
            }
        }
    }

    @Test
    void longNarrationWrapsWithinThePage() {
        for (String line : LessonPdf.wrap("word ".repeat(400), 11, LessonPdf.PAGE_W - 72)) {
            assertThat(LessonPdf.width(line, 11)).isLessThanOrEqualTo(LessonPdf.PAGE_W - 72);
        }
    }

    @Test
    void qpdfFindsNoErrorsAndPdfinfoCountsThreePages() throws Exception {
        assumeTrue(installed("qpdf", "--version") && installed("pdfinfo", "-v"), "qpdf and pdfinfo are not installed (apt-get install qpdf poppler-utils)");
        Path file = dir.resolve("handout.pdf");
        Files.write(file, threePages());
        assertThat(run("qpdf", "--check", file.toString())).contains("No syntax or stream encoding errors");
        assertThat(run("pdfinfo", file.toString())).containsPattern("Pages:\\s+3\\n");
    }

    static boolean installed(String... versionCommand) {
        try {
            return new ProcessBuilder(versionCommand).redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("%s: %s", command[0], out).isZero();
        return out;
    }
}
