package org.wirewise.lesson.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.replay.CaptureFile;
import org.wirewise.model.replay.CaptureTrace;
import org.wirewise.model.replay.OpenedCapture;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/**
 * A capture file replayed as a lesson: not in the catalog, opened from a file (the command line's
 * {@code --capture}); its "simulation" reads the file and replays the chosen conversation.
 */
public final class CaptureLesson extends TranslatedLesson<CaptureScenario> {

    private static final String TEXTS = "org.wirewise.model.replay.capture";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<CaptureScenario> STRUCTURE = new ScenarioSchema<>(CaptureScenario.class,
            CaptureScenario.DEFAULTS, List.of(
            ParameterSpec.text("file", "", 4096, ""),
            ParameterSpec.integer("conversation", "", "", 1, Integer.MAX_VALUE, ""),
            ParameterSpec.integer("intervalMs", "", "ms", 0, 60_000, "")));

    public CaptureLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return CaptureTrace.ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
    }

    /**
     * Reads the file and replays the conversation (the window reads the file off the FX thread
     * first, with {@code MainViewModel.openCaptureFile}; this runs, in the background, when a
     * parameter is edited).
     *
     * @throws IllegalArgumentException saying why the file or conversation cannot be replayed
     */
    @Override
    public Trace simulate(CaptureScenario scenario) {
        return simulate(scenario, Progress.NONE);
    }

    @Override
    public Trace simulate(CaptureScenario scenario, Progress progress) {
        return simulate(scenario, progress, Locale.ENGLISH);
    }

    /** As above, the steps' words in {@code language} (the packets and their Wireshark labels the same in every one). */
    @Override
    public Trace simulate(CaptureScenario scenario, Progress progress, Locale language) {
        if (scenario.file().isEmpty()) {
            throw new IllegalArgumentException("no capture file: open one with File > Open capture");
        }
        try {
            OpenedCapture opened = CaptureFile.open(Path.of(scenario.file()), progress);
            if (scenario.conversation() > opened.conversations().size()) {
                throw new IllegalArgumentException(scenario.file() + " has " + opened.conversations().size()
                        + " conversations, not " + scenario.conversation());
            }
            return CaptureTrace.of(opened, opened.conversations().get(scenario.conversation() - 1),
                    scenario.intervalMs() * 1_000_000L, language);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The setup of a conversation of a capture file. */
    public static org.wirewise.lesson.LessonSetup setup(Path file, int conversation) {
        try {
            return org.wirewise.lesson.LessonSetup.defaults(new CaptureLesson()).withValue("file", file.toString())
                    .withValue("conversation", conversation);
        } catch (org.wirewise.scenario.ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
