package org.wirewise.lesson.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
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
public final class CaptureLesson implements Lesson<CaptureScenario> {

    private static final ScenarioSchema<CaptureScenario> SCHEMA = new ScenarioSchema<>(CaptureScenario.class,
            CaptureScenario.DEFAULTS, List.of(
            ParameterSpec.text("file", "Capture file", 4096, "The .pcap or .pcapng file replayed."),
            ParameterSpec.integer("conversation", "Conversation", "", 1, Integer.MAX_VALUE,
                    "Which conversation of the capture, numbered as in the conversation list."),
            ParameterSpec.integer("intervalMs", "Throughput interval", "ms", 0, 60_000,
                    "The graphs' throughput counts the bytes acknowledged in each interval of this length "
                            + "(press I); 0 chooses the longest of 1 s, 100 ms, 10 ms, 1 ms giving 20 intervals.")));

    @Override
    public String id() {
        return CaptureTrace.ID;
    }

    @Override
    public String title() {
        return "Your capture";
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
    }

    @Override
    public String summary() {
        return "A .pcap or .pcapng file replayed step by step: what its packets show, as Wireshark analyses them.";
    }

    @Override
    public ScenarioSchema<CaptureScenario> schema() {
        return SCHEMA;
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
                    scenario.intervalMs() * 1_000_000L);
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
