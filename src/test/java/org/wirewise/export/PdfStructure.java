package org.wirewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF file read as far as a handout's checks need, independently of the writer: the
 * cross-reference table (each offset must land on its object), the page tree's count and the
 * page objects. Fails the test on a broken structure.
 */
public final class PdfStructure {

    private final String text; // ISO-8859-1: one char per byte, so string offsets are byte offsets
    private final List<Long> offsets = new ArrayList<>();

    public PdfStructure(byte[] pdf) {
        text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-1.");
        assertThat(text.stripTrailing()).endsWith("%%EOF");
        Matcher start = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(text);
        assertThat(start.find()).as("startxref at the end").isTrue();
        int xref = Integer.parseInt(start.group(1));
        assertThat(text.substring(xref)).as("startxref points at the xref table").startsWith("xref");
        Matcher header = Pattern.compile("xref\\s+0 (\\d+)\\s+").matcher(text);
        assertThat(header.find(xref)).isTrue();
        int count = Integer.parseInt(header.group(1));
        int at = header.end();
        for (int i = 0; i < count; i++) {
            String entry = text.substring(at, at + 20);
            assertThat(entry).as("xref entry %d is 20 bytes", i).matches("\\d{10} \\d{5} [nf]( \\n|\\r\\n| \\r)");
            if (i > 0) {
                long offset = Long.parseLong(entry.substring(0, 10));
                assertThat(text.substring((int) offset)).as("object %d's offset", i).startsWith(i + " 0 obj");
                offsets.add(offset);
            }
            at += 20;
        }
        assertThat(text.substring(at)).as("trailer").contains("/Size " + count).contains("/Root 1 0 R");
    }

    /** The page tree's /Count. */
    public int pageCount() {
        Matcher m = Pattern.compile("/Type /Pages /Kids \\[[^\\]]*\\] /Count (\\d+)").matcher(text);
        assertThat(m.find()).as("a page tree").isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** How many page objects there are. */
    public int pageObjects() {
        Matcher m = Pattern.compile("/Type /Page ").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    public int objects() {
        return offsets.size();
    }

    public String text() {
        return text;
    }
}
