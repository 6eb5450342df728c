package org.wirewise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.lesson.UnknownLessonException;
import org.wirewise.scenario.Excerpt;
import org.wirewise.scenario.ScenarioException;
import org.wirewise.scenario.ScenarioFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The lesson a command runs: its id, an optional scenario file and {@code --set key=value} edits. */
public final class LessonArguments {

    @Parameters(index = "0", arity = "0..1", paramLabel = "LESSON", description = "Lesson id (see `wirewise lessons`).")
    String lessonId;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Start from a .wirewise.json scenario file.")
    Path scenario;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Set a parameter, e.g. --set rttMs=120 (repeatable; `wirewise lessons --json` lists keys).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--force", description = "Simulate even beyond the work limit (about 300 million packets, "
            + "half a minute).")
    boolean force;

    /** Whether the user asked to run beyond the work limit. */
    public boolean force() {
        return force;
    }

    /** The lesson id given, or null (a command may take a capture file instead). */
    public String lessonId() {
        return lessonId;
    }

    /** The lesson and scenario these arguments describe, every value checked. */
    public LessonSetup resolve(LessonCatalog catalog) throws CliException {
        if (lessonId == null) {
            throw new CliException("give a lesson id (see `wirewise lessons`)");
        }
        try {
            Lesson<?> lesson = catalog.require(lessonId);
            LessonSetup setup = LessonSetup.defaults(lesson);
            if (scenario != null) {
                setup = LessonSetup.fromDocument(catalog, new ScenarioFiles().read(scenario));
                if (!setup.lesson().id().equals(lessonId)) {
                    throw new CliException(Excerpt.cut(scenario.toString()) + " is a scenario for " + setup.lesson().id() + ", not " + lessonId);
                }
            }
            for (String assignment : sets) {
                int eq = assignment.indexOf('=');
                if (eq <= 0) {
                    throw new CliException("--set needs KEY=VALUE, got " + Excerpt.quoted(assignment));
                }
                setup = setup.with(assignment.substring(0, eq).strip(), assignment.substring(eq + 1));
            }
            return setup;
        } catch (UnknownLessonException | ScenarioException e) {
            throw new CliException(e.getMessage());
        }
    }
}
