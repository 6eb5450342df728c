package org.wirewise.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.wirewise.scenario.AtomicFiles;
import org.wirewise.scenario.RecordingOutputStream;

/**
 * Standard output that remembers why a write failed. A {@link PrintStream} swallows write errors
 * ({@code trace > /dev/full} would exit 0 with a truncated result); this one keeps the first, so
 * the command line can say what went wrong and exit non-zero.
 */
public final class StandardOutput extends PrintStream {

    private final RecordingOutputStream recorder;

    private StandardOutput(RecordingOutputStream recorder) {
        super(recorder, false, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    /** The process's standard output, buffered and remembering its first write error. */
    public static StandardOutput open() {
        return new StandardOutput(new RecordingOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16)));
    }

    /**
     * The problem writing either stream, or null when every byte was written. Flushes both: a
     * failure may surface only then.
     */
    public static String problem(PrintWriter out, PrintStream stdout) {
        boolean failed = out.checkError() | stdout.checkError();
        if (!failed) {
            return null;
        }
        String why = stdout instanceof StandardOutput s && s.recorder.failure() != null
                ? ": " + AtomicFiles.reason(s.recorder.failure()) : "";
        return "cannot write standard output" + why + "; the output is incomplete";
    }

    /** True once a write to either stream failed: long outputs stop early then. */
    static boolean failed(PrintWriter out) {
        return out.checkError() || System.out.checkError();
    }
}
