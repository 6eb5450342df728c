package org.wirewise.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.lesson.UnknownLessonException;
import org.wirewise.scenario.ScenarioDocument;
import org.wirewise.scenario.ScenarioException;
import org.wirewise.scenario.ScenarioFiles;

/**
 * The window's scenario files: a lesson's scenario and, when an A/B comparison was saved, side B;
 * and the message for a file that cannot be opened.
 */
final class WindowScenarioFiles {

    /** A scenario file's lesson and, if it saved an A/B comparison, side B (else null). */
    record Opened(LessonSetup a, LessonSetup b) {
    }

    private final LessonCatalog catalog;
    private final ScenarioFiles files = new ScenarioFiles();

    WindowScenarioFiles(LessonCatalog catalog) {
        this.catalog = catalog;
    }

    Opened read(Path file) throws ScenarioException, UnknownLessonException {
        ScenarioDocument document = files.read(file);
        LessonSetup a = LessonSetup.fromDocument(catalog, document);
        LessonSetup b = document.compare() == null ? null
                : LessonSetup.fromDocument(catalog, new ScenarioDocument(document.lessonId(), document.compare()));
        return new Opened(a, b);
    }

    /** Writes {@code a}, with {@code b} as side B when it is not null, atomically. */
    void write(Path file, LessonSetup a, LessonSetup b) throws IOException {
        ScenarioDocument document = a.toDocument();
        files.write(file, b == null ? document
                : new ScenarioDocument(document.lessonId(), document.parameters(), b.values()));
    }

    /** A problem in the file says what is wrong; anything else is a fault, still only a message. */
    static String cannotOpen(Throwable thrown) {
        return thrown instanceof ScenarioException || thrown instanceof UnknownLessonException
                ? thrown.getMessage()
                : "Wirewise could not open this file (" + thrown.getClass().getSimpleName() + "); please report it.";
    }
}
