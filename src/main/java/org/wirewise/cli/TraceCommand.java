package org.wirewise.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wirewise.export.TraceCsv;
import org.wirewise.export.TraceJson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewise trace ID}: the trace, each step with every participant's state. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Print a lesson's trace (or a capture's, with --capture FILE): each step's time, title, "
                + "narration and every node's state.")
public final class TraceCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { json, csv }

    private final LessonCatalog catalog;

    /** @param catalog the lessons there are (the command line is given the app's) */
    public TraceCommand(LessonCatalog catalog) {
        this.catalog = catalog;
    }

    @Mixin
    LessonArguments lesson;

    @Mixin
    CaptureArguments capture;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json or csv (default: ${DEFAULT-VALUE}).")
    Format format = Format.json;

    @Option(names = "--json", description = "Same as --format json (the default).")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CliException {
        if (json && format == Format.csv) {
            throw new CliException("--json and --format csv contradict each other; give one");
        }
        capture.checkAgainst(lesson.lessonId());
        LessonSetup setup = capture.given() ? null : lesson.resolve(catalog);
        Trace trace = capture.given() ? capture.resolve(System.err) : Simulations.run(setup, lesson.force());
        Map<String, Object> parameters = setup == null ? Map.of() : setup.values();
        OutputTarget.write(output, System.out, out -> {
            if (format == Format.csv) {
                new TraceCsv().write(trace, out);
            } else {
                new TraceJson().write(trace, parameters, out);
            }
        });
        return 0;
    }
}
