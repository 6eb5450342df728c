package org.wirewise.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.wirewise.scenario.AtomicFiles;
import org.wirewise.scenario.Excerpt;

/** Writes a command's output to a file (atomically) or to standard output. */
public final class OutputTarget {

    private OutputTarget() {
    }

    public static void write(Path file, PrintStream stdout, AtomicFiles.Writer writer) throws CliException {
        try {
            if (file == null) {
                writer.writeTo(new NonClosing(stdout));
                stdout.flush();
                if (stdout.checkError()) {
                    throw new CliException(StandardOutput.problem(new PrintWriter(Writer.nullWriter()), stdout));
                }
            } else {
                AtomicFiles.write(file, writer);
            }
        } catch (IOException e) {
            throw new CliException("cannot write " + (file == null ? "standard output" : Excerpt.cut(file.toString())) + ": "
                    + AtomicFiles.reason(e));
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
