package org.wirewise.cli.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How long each lesson takes to simulate at its defaults, warm: the figure behind "a lesson of
 * the size of the TCP lessons simulates in under 50 ms". A benchmark that prints, never a test.
 */
@Command(name = "bench-lessons", mixinStandardHelpOptions = true,
        description = "Time each lesson's simulation at its defaults (warm; median and best of the runs).")
public final class LessonBenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "LESSON", description = "Lesson ids (default: every lesson).")
    List<String> ids = List.of();

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed runs per lesson first (default: ${DEFAULT-VALUE}).")
    int warmup = 30;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per lesson (default: ${DEFAULT-VALUE}).")
    int runs = 30;

    @Spec
    CommandSpec spec;

    private final LessonCatalog catalog;

    /** The registered lessons, given by the command line's factory. */
    public LessonBenchCommand(LessonCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (warmup < 0 || runs < 1 || warmup > 10_000 || runs > 10_000) {
            spec.commandLine().getErr().println("wirewise: --warmup takes 0 to 10000 and --runs 1 to 10000");
            return 2;
        }
        List<Lesson<?>> lessons = ids.isEmpty() ? catalog.all()
                : ids.stream().<Lesson<?>>map(id -> catalog.find(id).orElse(null)).toList();
        if (lessons.contains(null)) {
            spec.commandLine().getErr().println("wirewise: unknown lesson; known: " + catalog.ids());
            return 2;
        }
        out.printf(Locale.ROOT, "%-18s %10s %10s %8s%n", "lesson", "median ms", "best ms", "packets");
        for (Lesson<?> lesson : lessons) {
            LessonSetup setup = LessonSetup.defaults(lesson);
            int packets = 0;
            for (int i = 0; i < warmup; i++) {
                packets = setup.simulate().packets().size();
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                setup.simulate();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            out.printf(Locale.ROOT, "%-18s %10.3f %10.3f %8d%n", lesson.id(), nanos[runs / 2] / 1e6, nanos[0] / 1e6,
                    packets);
            out.flush();
        }
        return 0;
    }
}
