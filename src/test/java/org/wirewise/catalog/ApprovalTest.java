package org.wirewise.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.export.PcapExport;
import org.wirewise.export.TraceJson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Trace;

/**
 * Approval files: the trace JSON and the capture at every lane, for every lesson at its defaults
 * and for the variants in {@code approval/cases.txt}. A change to what any lesson shows or sends
 * fails here until the files are regenerated ({@code -Dapproval.update=true}) and the commit that
 * regenerates them says why each difference is right.
 */
class ApprovalTest {

    static final Path ROOT = Path.of("src", "test", "resources", "approval");
    private static final boolean UPDATE = Boolean.getBoolean("approval.update");
    private static final LessonCatalog CATALOG = org.wirewise.ui.catalog.LessonRegistry.standard().catalog();
    private static final StepLinkCheck LINKS = new StepLinkCheck(CATALOG);

    static List<ApprovalCase> cases() throws IOException {
        return ApprovalCase.all(CATALOG);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void traceAndCapturesAreTheApprovedOnes(ApprovalCase c) throws Exception {
        ApprovalCase.checkParses(CATALOG, c);
        LessonSetup setup = c.setup(CATALOG);
        Trace trace = setup.simulate();
        assertThat(LINKS.broken(trace)).as("%s: step links that open no step", c).isEmpty();
        Path dir = ROOT.resolve(c.lessonId()).resolve(c.folder());
        if (UPDATE) {
            write(dir, setup, trace);
            return;
        }
        assertThat(dir).as("approval files for %s (run with -Dapproval.update=true to create them)", c)
                .isDirectory();
        byte[] json = json(setup, trace);
        compareText(c, dir.resolve(jsonName(json)), json);
        Set<String> expected = new TreeSet<>();
        for (Lane lane : trace.lanes()) {
            String name = lane.id() + ".pcap";
            expected.add(name);
            comparePcap(c, dir.resolve(name), pcap(trace, lane.id()));
        }
        expected.add(jsonName(json));
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> present = files.map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(present).as("%s: files in %s (a lane was added or removed)", c, dir).isEqualTo(expected);
        }
    }

    @Test
    void everyApprovalFolderBelongsToACase() throws IOException {
        Set<String> known = cases().stream().map(c -> c.lessonId() + "/" + c.folder())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(known).as("two cases in %s name the same folder", ApprovalCase.CASES).hasSameSizeAs(cases());
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> lessons = Files.list(ROOT)) {
            for (Path lesson : lessons.filter(Files::isDirectory).toList()) {
                try (Stream<Path> variants = Files.list(lesson)) {
                    variants.forEach(v -> onDisk.add(lesson.getFileName() + "/" + v.getFileName()));
                }
            }
        }
        assertThat(onDisk).as("approval folders with no case (remove them)").isSubsetOf(known);
    }

    static byte[] json(LessonSetup setup, Trace trace) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TraceJson().write(trace, setup.values(), out);
        return out.toByteArray();
    }

    static byte[] pcap(Trace trace, String lane) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PcapExport.write(trace, lane, out);
        return out.toByteArray();
    }

    private static void write(Path dir, LessonSetup setup, Trace trace) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        byte[] json = json(setup, trace);
        Files.write(dir.resolve(jsonName(json)), json.length > GZIP_ABOVE ? gzip(json) : json);
        for (Lane lane : trace.lanes()) {
            Files.write(dir.resolve(lane.id() + ".pcap"), pcap(trace, lane.id()));
        }
    }

    /** Traces longer than this (the congestion lab's series) are kept gzipped, to keep the repository small. */
    private static final int GZIP_ABOVE = 512 * 1024;

    private static String jsonName(byte[] json) {
        return json.length > GZIP_ABOVE ? "trace.json.gz" : "trace.json";
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    /** Names the first line that differs, so a failure says what changed, not just that it did. */
    private static void compareText(ApprovalCase c, Path file, byte[] actual) throws IOException {
        assertThat(file).as("%s: %s (a trace that grew past %d bytes is kept gzipped)", c, file, GZIP_ABOVE)
                .isRegularFile();
        byte[] approved = Files.readAllBytes(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            try (java.util.zip.GZIPInputStream z = new java.util.zip.GZIPInputStream(
                    new java.io.ByteArrayInputStream(approved))) {
                approved = z.readAllBytes();
            }
        }
        if (java.util.Arrays.equals(approved, actual)) {
            return;
        }
        String[] a = new String(approved, StandardCharsets.UTF_8).split("\n", -1);
        String[] b = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        int i = 0;
        while (i < Math.min(a.length, b.length) && a[i].equals(b[i])) {
            i++;
        }
        fail("%s: trace JSON differs from %s at line %d%n  approved: %s%n  now:      %s", c, file, i + 1,
                i < a.length ? a[i].strip() : "(end)", i < b.length ? b[i].strip() : "(end)");
    }

    /** Names the first frame and byte that differ (pcap header 24 bytes, record header 16). */
    private static void comparePcap(ApprovalCase c, Path file, byte[] actual) throws IOException {
        assertThat(file).as("%s: %s", c, file).isRegularFile();
        byte[] approved = Files.readAllBytes(file);
        if (java.util.Arrays.equals(approved, actual)) {
            return;
        }
        int offset = java.util.Arrays.mismatch(approved, actual);
        int frame = 0;
        int at = 24;
        while (at + 16 <= Math.min(approved.length, actual.length)) {
            int captured = readLe32(approved, at + 8);
            if (offset < at + 16 + captured) {
                break;
            }
            at += 16 + captured;
            frame++;
        }
        fail("%s: capture %s differs in frame %d (byte %d of the file; %d bytes approved, %d now)", c,
                file.getFileName(), frame + 1, offset, approved.length, actual.length);
    }

    private static int readLe32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
