package org.wirewise.practice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.wirewise.lesson.Chapter;
import org.wirewise.scenario.AtomicFiles;

/**
 * Practice progress in the settings folder ({@code practice-progress.properties}), written
 * atomically. Nothing leaves the machine. A damaged file is kept aside and reported; practice then
 * starts from zero rather than failing.
 */
public final class ProgressFile {

    static final String NAME = "practice-progress.properties";
    private static final String FORMAT = "wirewise-practice-progress";
    private static final String VERSION = "1";

    private ProgressFile() {
    }

    /**
     * What was read: the progress, and the problem to tell the learner when the file could not be
     * read.
     */
    public record Loaded(PracticeProgress progress, Optional<String> problem) {
    }

    public static Path file(Path folder) {
        return folder.resolve(NAME);
    }

    public static Loaded load(Path folder) {
        Path file = file(folder);
        if (!Files.exists(file)) {
            return new Loaded(PracticeProgress.EMPTY, Optional.empty());
        }
        try {
            return new Loaded(read(file), Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            Path aside = folder.resolve(NAME + ".damaged");
            String kept;
            try {
                AtomicFiles.write(aside, Files.readAllBytes(file));
                kept = aside.toString();
            } catch (IOException notKept) {
                kept = "nowhere (" + AtomicFiles.reason(notKept) + ")";
            }
            String why = e instanceof IOException io ? AtomicFiles.reason(io) : e.getMessage();
            return new Loaded(PracticeProgress.EMPTY, Optional.of(PracticeText.damagedProgress(file.toString(), why, kept)));
        }
    }

    private static PracticeProgress read(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > 1 << 20) {
            throw new IllegalArgumentException("not a regular file of at most 1 MiB");
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        if (!FORMAT.equals(p.getProperty("format")) || !VERSION.equals(p.getProperty("version"))) {
            throw new IllegalArgumentException("it does not start with format=" + FORMAT + " and version=" + VERSION);
        }
        Map<Chapter, PracticeProgress.Tally> chapters = new EnumMap<>(Chapter.class);
        Map<String, Double> scores = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            if (key.startsWith("chapter.") && key.endsWith(".answered")) {
                String slug = key.substring("chapter.".length(), key.length() - ".answered".length());
                Chapter c = ChapterNames.parse(slug).orElseThrow(() ->
                        new IllegalArgumentException("unknown chapter " + slug));
                chapters.put(c, new PracticeProgress.Tally(integer(key, value),
                        decimal("chapter." + slug + ".score", p.getProperty("chapter." + slug + ".score"))));
            } else if (key.startsWith("question.")) {
                double score = decimal(key, value);
                if (score < 0 || score > 1) {
                    throw new IllegalArgumentException(key + " must be from 0 to 1, got " + value);
                }
                scores.put(key.substring("question.".length()), score);
            }
        }
        return new PracticeProgress(chapters, scores);
    }

    private static int integer(String key, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number");
        }
    }

    private static double decimal(String key, String value) {
        try {
            double d = Double.parseDouble(value == null ? "" : value.strip());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is missing or not a number");
        }
    }

    /** Writes the progress atomically, making the settings folder if it is not there yet. */
    public static void save(Path folder, PracticeProgress progress) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("version", VERSION);
        progress.chapters().forEach((c, t) -> {
            p.setProperty("chapter." + ChapterNames.slug(c) + ".answered", Integer.toString(t.answered()));
            p.setProperty("chapter." + ChapterNames.slug(c) + ".score", Double.toString(t.score()));
        });
        progress.lastScores().forEach((id, s) -> p.setProperty("question." + id, Double.toString(s)));
        Files.createDirectories(folder); // the settings folder is ours to make, as AppSettings does
        AtomicFiles.write(file(folder), out -> p.store(out, "Wirewise practice progress"));
    }
}
