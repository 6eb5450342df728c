package org.wirewise.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A lesson as a PDF handout, one landscape A4 page per step: its title, a line saying which step
 * and when, the step's picture and its narration. Written by hand (PDF 1.4, ISO 32000-1 §7): each
 * picture a Flate-compressed RGB image XObject, text in the standard Helvetica fonts, which every
 * reader has. Pages are written as they are added, so a long lesson never holds all its pictures.
 */
public final class LessonPdf {

    /** One step's page. */
    public record Page(BufferedImage picture, String title, String caption, String narration) {
    }

    static final double PAGE_W = 842;
    static final double PAGE_H = 595;
    private static final double MARGIN = 36;
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    /** Helvetica's widths (its AFM), in thousandths of the type size, for characters 32 to 126. */
    private static final int[] HELVETICA = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};

    private final CountingStream out;
    private final List<Long> offsets = new ArrayList<>(); // by object number - 1
    private final List<Integer> pages = new ArrayList<>();

    /** Starts a document on {@code stream}; add pages, then {@link #finish()}. */
    public LessonPdf(OutputStream stream) throws IOException {
        out = new CountingStream(stream);
        out.ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        reserve(); // 1: catalog, written last
        reserve(); // 2: page tree, written last
        object(reserve(), "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        object(reserve(), "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    }

    /** Writes one page. */
    public void add(Page page) throws IOException {
        double width = PAGE_W - 2 * MARGIN;
        List<String> lines = wrap(page.narration(), 11, width);
        double textTop = PAGE_H - MARGIN;
        double pictureTop = textTop - 22 - 16 - 6;
        double pictureBottom = MARGIN + lines.size() * 14 + 8;
        BufferedImage picture = page.picture();
        double scale = Math.min(width / picture.getWidth(), (pictureTop - pictureBottom) / picture.getHeight());
        double w = picture.getWidth() * scale;
        double h = picture.getHeight() * scale;

        int image = reserve();
        writeImage(image, picture);
        StringBuilder content = new StringBuilder();
        content.append(String.format(Locale.ROOT, "q %.2f 0 0 %.2f %.2f %.2f cm /Im Do Q\n",
                w, h, MARGIN + (width - w) / 2, pictureTop - h));
        text(content, "F2", 16, MARGIN, textTop - 16, page.title());
        text(content, "F1", 10, MARGIN, textTop - 22 - 12, page.caption());
        double y = pictureTop - h - 8 - 11;
        for (String line : lines) {
            text(content, "F1", 11, MARGIN, y, line);
            y -= 14;
        }
        int contents = reserve();
        stream(contents, "", content.toString().getBytes(StandardCharsets.ISO_8859_1), false);
        int pageObject = reserve();
        object(pageObject, String.format(Locale.ROOT, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.0f %.0f] "
                + "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> /XObject << /Im %d 0 R >> >> /Contents %d 0 R >>",
                PAGE_W, PAGE_H, image, contents));
        pages.add(pageObject);
    }

    /** Writes the page tree, the catalog and the cross-reference table; the stream is left open. */
    public void finish() throws IOException {
        StringBuilder kids = new StringBuilder();
        for (int p : pages) {
            kids.append(p).append(" 0 R ");
        }
        object(2, "<< /Type /Pages /Kids [ " + kids + "] /Count " + pages.size() + " >>");
        object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        long xref = out.count;
        StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset)); // 20 bytes each, as §7.5.4 asks
        }
        table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.ascii(table.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private int reserve() {
        offsets.add(-1L);
        return offsets.size();
    }

    private void object(int number, String body) throws IOException {
        offsets.set(number - 1, out.count);
        out.ascii((number + " 0 obj\n" + body + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private void stream(int number, String dictionary, byte[] data, boolean compressed) throws IOException {
        offsets.set(number - 1, out.count);
        String head = number + " 0 obj\n<< " + dictionary + (compressed ? "/Filter /FlateDecode " : "")
                + "/Length " + data.length + " >>\nstream\n";
        out.ascii(head.getBytes(StandardCharsets.ISO_8859_1));
        out.ascii(data);
        out.ascii("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private void writeImage(int number, BufferedImage picture) throws IOException {
        int w = picture.getWidth();
        int h = picture.getHeight();
        ByteArrayOutputStream packed = new ByteArrayOutputStream(w * h);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED); // screenshots compress well even so
        try (DeflaterOutputStream z = new DeflaterOutputStream(packed, deflater, 1 << 16)) {
            int[] row = new int[w];
            byte[] rgb = new byte[w * 3];
            for (int y = 0; y < h; y++) {
                picture.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    rgb[3 * x] = (byte) (row[x] >> 16);
                    rgb[3 * x + 1] = (byte) (row[x] >> 8);
                    rgb[3 * x + 2] = (byte) row[x];
                }
                z.write(rgb);
            }
        } finally {
            deflater.end();
        }
        stream(number, "/Type /XObject /Subtype /Image /Width " + w + " /Height " + h
                + " /ColorSpace /DeviceRGB /BitsPerComponent 8 ", packed.toByteArray(), true);
    }

    private static void text(StringBuilder content, String font, double size, double x, double y, String text) {
        content.append(String.format(Locale.ROOT, "BT /%s %.1f Tf %.2f %.2f Td (", font, size, x, y));
        for (byte b : winAnsi(text)) {
            char c = (char) (b & 0xFF);
            if (c == '(' || c == ')' || c == '\\') {
                content.append('\\');
            }
            content.append(c);
        }
        content.append(") Tj ET\n");
    }

    /** The text in the fonts' encoding: what WinAnsi lacks is written out ("->" for an arrow) or as "?". */
    static byte[] winAnsi(String text) {
        String plain = text.replace("→", "->").replace("←", "<-").replace("≥", ">=").replace("≤", "<=")
                .replace("≠", "!=").replace("≈", "~").replace("−", "-").replace('\n', ' ');
        return plain.getBytes(WIN_ANSI); // unmappable characters become '?'
    }

    /** {@code text} broken into lines no wider than {@code width} points at {@code size}. */
    static List<String> wrap(String text, double size, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(candidate, size) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How wide {@code text} is in Helvetica at {@code size} points. */
    static double width(String text, double size) {
        double units = 0;
        for (byte b : winAnsi(text)) {
            int c = b & 0xFF;
            units += c >= 32 && c <= 126 ? HELVETICA[c - 32] : 556;
        }
        return units * size / 1000;
    }

    /** The file so far, counted: cross-references need each object's byte offset. */
    private static final class CountingStream {
        private final OutputStream out;
        private long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        void ascii(byte[] bytes) throws IOException {
            out.write(bytes);
            count += bytes.length;
        }

        void flush() throws IOException {
            out.flush();
        }
    }
}
