package org.wirewise.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.wirewise.model.sim.Progress;

/**
 * A progress line on standard error for work that takes more than a few seconds, shown only when
 * standard error is a terminal (a log file or a pipe gets no carriage-return noise). The model
 * reports fractions; this redraws at most a few times a second and clears the line when done.
 */
public final class TerminalProgress implements Progress, AutoCloseable {

    private static final long REDRAW_NS = 250_000_000L;

    private final PrintStream err;
    private final String label;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintStream err, String label, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDraw = start;
    }

    /** Progress for {@code label} on this process's terminal, or nothing when stderr is not one or the work is small. */
    public static Progress forWork(String label, boolean large) {
        return large && stderrIsTerminal() ? new TerminalProgress(System.err, label, System::nanoTime) : Progress.NONE;
    }

    /** Clears the line a progress left, if it is a {@code TerminalProgress}. */
    public static void finish(Progress progress) {
        if (progress instanceof TerminalProgress p) {
            p.close();
        }
    }

    @Override
    public void worked(double fraction) {
        long now = clock.getAsLong();
        if (now - lastDraw < REDRAW_NS) {
            return;
        }
        lastDraw = now;
        double f = Math.max(0, Math.min(1, fraction));
        String left = "";
        if (f > 0.01) {
            double remaining = (now - start) / 1e9 * (1 - f) / f;
            left = String.format(Locale.ROOT, ", about %.0f s left", Math.ceil(remaining));
        }
        err.printf(Locale.ROOT, "\r%s: %3.0f%%%s   ", label, f * 100, left);
        err.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    /** Whether stderr is a terminal: on Linux what fd 2 points to; elsewhere whether there is a console. */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux, or /proc hidden: fall through
        }
        return System.console() != null;
    }
}
