package org.wirewise.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.scenario.ScenarioException;

/**
 * One approved run: a lesson and the parameters that differ from its defaults. Every registered
 * lesson has a defaults case; {@code approval/cases.txt} adds variants.
 */
record ApprovalCase(String lessonId, Map<String, String> settings) {

    static final String CASES = "/approval/cases.txt";

    /** The folder under {@code approval/<lesson>/}: "defaults" or "closer-server_drop-1". */
    String folder() {
        if (settings.isEmpty()) {
            return "defaults";
        }
        List<String> parts = new ArrayList<>();
        settings.forEach((k, v) -> parts.add(k + "-" + v.replaceAll("[^A-Za-z0-9.]+", ".")));
        return String.join("_", parts);
    }

    LessonSetup setup(LessonCatalog catalog) throws Exception {
        return LessonSetup.of(catalog, lessonId, settings);
    }

    @Override
    public String toString() {
        return lessonId + "/" + folder();
    }

    /** The defaults of every lesson in the catalog, then the listed variants, in file order. */
    static List<ApprovalCase> all(LessonCatalog catalog) throws IOException {
        List<ApprovalCase> cases = new ArrayList<>();
        for (Lesson<?> lesson : catalog.all()) {
            cases.add(new ApprovalCase(lesson.id(), Map.of()));
        }
        try (InputStream in = ApprovalCase.class.getResourceAsStream(CASES)) {
            if (in == null) {
                throw new IOException(CASES + " is missing from the test resources");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int space = text.indexOf(' ');
                Map<String, String> settings = new LinkedHashMap<>();
                for (String pair : text.substring(space + 1).split(";")) {
                    String[] kv = pair.strip().split("=", 2);
                    settings.put(kv[0], kv[1]);
                }
                cases.add(new ApprovalCase(text.substring(0, space), settings));
            }
        }
        return cases;
    }

    static void checkParses(LessonCatalog catalog, ApprovalCase c) throws Exception {
        try {
            c.setup(catalog);
        } catch (ScenarioException e) {
            throw new AssertionError(c + " in " + CASES + " does not parse: " + e.getMessage(), e);
        }
    }
}
