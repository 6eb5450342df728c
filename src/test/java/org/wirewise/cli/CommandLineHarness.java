package org.wirewise.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.wirewise.Main;

/**
 * Runs the command line in-process as a user would, capturing what it prints: commands write
 * results to standard output (trace, pcap to "-") and picocli's help and errors to its writers.
 */
abstract class CommandLineHarness {

    protected final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();
    private PrintStream originalOut;

    @BeforeEach
    void captureStdout() {
        originalOut = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(originalOut);
    }

    /** Runs {@code wirewise args...} and returns its exit code. */
    protected int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Everything printed to standard output. */
    protected String stdoutText() {
        return stdout.toString(StandardCharsets.UTF_8) + out;
    }
}
