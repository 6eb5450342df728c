package org.wirewise.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.Main;
import org.wirewise.model.sim.Progress;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * The slice of the fuzzer that every build runs: 100,000 seeded cases of mutated scenario files,
 * captures, addresses and command lines (about half a minute here), none of which may crash, hang
 * past its timeout, print a stack trace or answer with a page of text. `wirewise fuzz --cases N
 * --seed S` runs longer ones.
 */
class FuzzSliceTest {

    @TempDir
    Path work;

    @Test
    void aHundredThousandMutatedInputsGetAnAnswerOrAMessage() throws Exception {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream())); // what the commands print is not checked here
        Fuzzer.Report report;
        long start = System.nanoTime();
        try {
            report = new Fuzzer(Main::run, LessonRegistry.standard().catalog(), work, 10_000).run(20_261_206L, 100_000, Progress.NONE);
        } finally {
            System.setOut(stdout);
        }
        System.out.printf("fuzz slice: %d cases %s in %.1f s%n", report.cases(), report.byKind(),
                (System.nanoTime() - start) / 1e9);
        assertThat(report.failures()).isEmpty();
        assertThat(report.byKind().values()).allMatch(n -> n > 500); // every kind of input was tried
    }
}
