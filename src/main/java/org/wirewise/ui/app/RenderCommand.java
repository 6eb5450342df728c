package org.wirewise.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wirewise.cli.CliException;
import org.wirewise.cli.LessonArguments;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.ui.catalog.LessonRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wirewise render ID --step N -o F.png}: a step as the app draws it, with no window. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a lesson step to PNG as the app shows it, headless (no display needed).")
public final class RenderCommand implements Callable<Integer> {

    @Mixin
    LessonArguments lesson;

    @Mixin
    org.wirewise.cli.CaptureArguments capture;

    @Option(names = "--step", paramLabel = "N", description = "Step number, from 1 (default: ${DEFAULT-VALUE}).")
    int step = 1;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The PNG file to write; with --all-steps, the folder for step-NN.png files.")
    Path output;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "Write the whole lesson as a PDF handout: one page per step with its picture and narration.")
    Path pdf;

    @Option(names = "--gif", paramLabel = "FILE", description = "Write the whole lesson as an animated GIF, one frame per step.")
    Path gif;

    @Option(names = "--all-steps", description = "Render every step (one PNG each) into the folder given by -o, in one run.")
    boolean allSteps;

    @Option(names = "--size", paramLabel = "WxH", description = "Image size in pixels (default: ${DEFAULT-VALUE}).")
    String size = "1920x1080";

    @Option(names = "--theme", paramLabel = "THEME", description = "light or dark (default: ${DEFAULT-VALUE}).")
    String theme = "light";

    @Option(names = "--language", paramLabel = "LANG",
            description = "The language of the lesson's texts and the window: en or es (default: ${DEFAULT-VALUE}).")
    String language = "en";

    @Option(names = "--present", description = "Render in presentation mode: large type, high contrast.")
    boolean present;

    @Option(names = "--verbose", description = "With --all-steps: print where the time went (start-up, simulation, drawing, PNG encoding).")
    boolean verbose;

    @Option(names = "--press", paramLabel = "KEY",
            description = "A key to press in the lesson's view before rendering, e.g. G for the tcptrace graph, I for a capture's graphs over time, R for reveal (repeatable).")
    java.util.List<String> press = new java.util.ArrayList<>();

    @Option(names = "--compare", paramLabel = "KEY=VALUE",
            description = "Render an A/B comparison: side B is the lesson's scenario with these values (repeatable).")
    java.util.List<String> compare = java.util.List.of();

    /** Side B from --compare, checked as --set is; null without --compare. */
    private LessonSetup sideB(LessonSetup a) throws CliException {
        if (compare.isEmpty()) {
            return null;
        }
        LessonSetup b = a;
        for (String assignment : compare) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new CliException("--compare: expected KEY=VALUE, got "
                        + org.wirewise.scenario.Excerpt.quoted(assignment));
            }
            try {
                b = b.with(assignment.substring(0, eq).strip(), assignment.substring(eq + 1));
            } catch (org.wirewise.scenario.ScenarioException e) {
                throw new CliException("--compare: " + e.getMessage());
            }
        }
        // Checked as side A is (work limit, --force, a refused combination), before any window opens.
        try {
            org.wirewise.cli.Simulations.run(b, lesson.force());
        } catch (CliException e) {
            throw new CliException("--compare: side B: " + e.getMessage());
        }
        return b;
    }

    @Override
    public Integer call() throws CliException {
        capture.checkAgainst(lesson.lessonId());
        if (capture.given()) {
            return renderCapture();
        }
        LessonSetup setup = lesson.resolve(LessonRegistry.standard().catalog());
        int steps = org.wirewise.cli.Simulations.run(setup, lesson.force()).stepCount();
        if (step < 1 || step > steps) {
            throw new CliException("--step: " + setup.lesson().id() + " has steps 1 to " + steps + ", got " + step);
        }
        Theme chosen = Theme.parse(theme);
        if (chosen == null) {
            throw new CliException("--theme: expected light or dark, got " + org.wirewise.scenario.Excerpt.quoted(theme));
        }
        int[] wh = parseSize(size);
        java.util.Locale lang = language(language);
        java.util.List<javafx.scene.input.KeyCode> keys = keys();
        LessonSetup sideB = sideB(setup);
        int outputs = (output == null ? 0 : 1) + (pdf == null ? 0 : 1) + (gif == null ? 0 : 1);
        if (outputs != 1) {
            throw new CliException("give one of -o FILE (a PNG, or a folder with --all-steps), --pdf FILE or --gif FILE");
        }
        if (pdf != null || gif != null) {
            Path file = pdf != null ? pdf : gif;
            try {
                HeadlessRenderer.exportLesson(new HeadlessRenderer.Request(setup, 1, wh[0], wh[1], chosen, present, file, sideB, keys, lang),
                        file, pdf != null ? LessonExport.Format.PDF : LessonExport.Format.GIF);
            } catch (IOException e) {
                throw new CliException("cannot write " + org.wirewise.scenario.Excerpt.cut(file.toString()) + ": "
                        + org.wirewise.scenario.AtomicFiles.reason(e));
            }
            System.out.println(steps + " steps written to " + file);
            return 0;
        }
        if (allSteps) {
            try {
                java.nio.file.Files.createDirectories(output);
                HeadlessRenderer.Request request = new HeadlessRenderer.Request(setup, 1, wh[0], wh[1], chosen, present, output, sideB, keys, lang);
                HeadlessRenderer.RenderTimes times = new HeadlessRenderer.RenderTimes();
                int written = HeadlessRenderer.renderAll(request, output, times).size();
                System.out.println(written + " steps rendered to " + output);
                if (verbose) {
                    System.err.println(times);
                }
            } catch (IOException e) {
                throw new CliException("cannot render into " + output + ": " + org.wirewise.scenario.AtomicFiles.reason(e));
            }
            return 0;
        }
        try {
            HeadlessRenderer.render(new HeadlessRenderer.Request(setup, step, wh[0], wh[1], chosen, present, output, sideB, keys, lang));
        } catch (IOException e) {
            throw new CliException("cannot render " + org.wirewise.scenario.Excerpt.cut(output.toString()) + ": " + org.wirewise.scenario.AtomicFiles.reason(e));
        }
        return 0;
    }

    /** {@code render --capture FILE --step N -o F.png}: one step of a replayed capture. */
    private int renderCapture() throws CliException {
        if (output == null || pdf != null || gif != null || allSteps || !compare.isEmpty()) {
            throw new CliException("with --capture, give -o FILE.png (one step; --pdf, --gif, --all-steps and "
                    + "--compare are for lessons)");
        }
        org.wirewise.cli.CaptureArguments.Chosen chosen = capture.choose(System.err);
        org.wirewise.model.trace.Trace trace = chosen.trace(language(language));
        if (step < 1 || step > trace.stepCount()) {
            throw new CliException("--step: the replay has steps 1 to " + trace.stepCount() + ", got " + step);
        }
        Theme chosenTheme = Theme.parse(theme);
        if (chosenTheme == null) {
            throw new CliException("--theme: expected light or dark, got " + org.wirewise.scenario.Excerpt.quoted(theme));
        }
        int[] wh = parseSize(size);
        LessonSetup setup;
        try {
            setup = org.wirewise.lesson.replay.CaptureLesson.setup(chosen.file(), chosen.conversation().number());
        } catch (IllegalArgumentException e) {
            throw new CliException("--capture: " + e.getMessage());
        }
        try {
            HeadlessRenderer.renderReplay(new HeadlessRenderer.Request(setup, step, wh[0], wh[1], chosenTheme, present,
                    output, null, keys(), language(language)), trace);
        } catch (IOException e) {
            throw new CliException("cannot render " + org.wirewise.scenario.Excerpt.cut(output.toString()) + ": "
                    + org.wirewise.scenario.AtomicFiles.reason(e));
        }
        return 0;
    }

    private java.util.List<javafx.scene.input.KeyCode> keys() throws CliException {
        java.util.List<javafx.scene.input.KeyCode> keys = new java.util.ArrayList<>();
        for (String name : press) {
            javafx.scene.input.KeyCode code = javafx.scene.input.KeyCode.getKeyCode(name.strip().toUpperCase(java.util.Locale.ROOT));
            if (code == null) {
                throw new CliException("--press: expected a key name such as G, got " + org.wirewise.scenario.Excerpt.quoted(name));
            }
            keys.add(code);
        }
        return keys;
    }

    static int[] parseSize(String text) throws CliException {
        String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
                if (w >= 320 && h >= 240 && w <= 7680 && h <= 4320) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliException("--size: expected WIDTHxHEIGHT from 320x240 to 7680x4320, got " + org.wirewise.scenario.Excerpt.quoted(text));
    }

    /** The language asked for: one of the shipped ones, by its code. */
    static java.util.Locale language(String code) throws CliException {
        for (java.util.Locale l : org.wirewise.model.text.Texts.LANGUAGES) {
            if (l.getLanguage().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return l;
            }
        }
        throw new CliException("--language: expected en or es, got " + org.wirewise.scenario.Excerpt.quoted(code));
    }
}
