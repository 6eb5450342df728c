package org.wirewise.cli;

import java.util.Locale;

/**
 * How much a command may simulate before it asks for {@code --force}: the work is estimated
 * before anything runs, so a run of half an hour is refused in a moment with a sentence instead of
 * starting silently.
 */
public final class WorkLimit {

    /**
     * Simulated packets a command runs without {@code --force}: about half a minute on one core
     * of a 2-core laptop (the congestion simulator does some 10 million packets a second).
     */
    public static final long MAX_PACKETS = 300_000_000L;

    /** Lines a command prints without {@code --force} (subnet lists). */
    public static final long MAX_LINES = 1_000_000L;

    private WorkLimit() {
    }

    /** Refuses {@code packets} of simulation over the limit unless forced. */
    public static void checkPackets(long packets, boolean force, String what) throws CliException {
        if (packets > MAX_PACKETS && !force) {
            throw new CliException(what + " would simulate about " + count(packets) + " packets, more than the "
                    + count(MAX_PACKETS) + " a command runs without --force (about half a minute); shorten the run "
                    + "or lower the rate, or add --force to run it anyway");
        }
    }

    /** Refuses printing {@code lines} lines over the limit unless forced. */
    public static void checkLines(long lines, boolean force, String what) throws CliException {
        if (lines > MAX_LINES && !force) {
            throw new CliException(what + " would print " + count(lines) + " lines, more than the " + count(MAX_LINES)
                    + " a command prints without --force; lower it, or add --force to print them anyway");
        }
    }

    /** 1.5 billion, 300 million, 12,345. */
    static String count(long n) {
        if (n >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.3g billion", n / 1e9);
        }
        if (n >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.3g million", n / 1e6);
        }
        return String.format(Locale.ROOT, "%,d", n);
    }
}
