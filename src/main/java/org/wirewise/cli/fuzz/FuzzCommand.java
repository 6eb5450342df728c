package org.wirewise.cli.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewise.cli.CliException;
import org.wirewise.cli.TerminalProgress;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.model.sim.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirewise fuzz}: the seeded fuzzer, for runs longer than the one {@code ./mvnw verify} makes. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Feed the program mutated scenario files, captures, addresses and command lines, and report "
                + "any crash, hang or stack trace (exit 1 when there is one).")
public final class FuzzCommand implements Callable<Integer> {

    @Option(names = "--cases", paramLabel = "N", description = "Cases to run (default: ${DEFAULT-VALUE}).")
    long cases = 1_000_000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed; case i of seed S is always the same input (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--timeout-ms", paramLabel = "MS", description = "Time a case may take before it counts as a hang (default: ${DEFAULT-VALUE}).")
    long timeoutMs = 10_000;

    private final Fuzzer.CommandLine cli;
    private final LessonCatalog catalog;

    public FuzzCommand(Fuzzer.CommandLine cli, LessonCatalog catalog) {
        this.cli = cli;
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws CliException, IOException {
        if (cases < 1 || timeoutMs < 1) {
            throw new CliException("--cases and --timeout-ms: expected 1 or more");
        }
        Path work = Files.createTempDirectory("wirewise-fuzz");
        PrintStream stdout = System.out;
        Progress progress = TerminalProgress.forWork("fuzzing", true);
        long start = System.nanoTime();
        Fuzzer.Report report;
        // The commands under test print to standard output; the report alone should reach it.
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            report = new Fuzzer(cli, catalog, work, timeoutMs).run(seed, cases, progress);
        } finally {
            System.setOut(stdout);
            TerminalProgress.finish(progress);
            try (var left = Files.list(work)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        stdout.printf(Locale.ROOT, "%d cases (%s) in %.1f s, %.0f cases/s, seed %d: %d failures%n", report.cases(),
                report.byKind(), seconds, report.cases() / seconds, seed, report.failureCount());
        report.failures().forEach(f -> stdout.println("  " + f));
        return report.failureCount() == 0 ? 0 : 1;
    }
}
