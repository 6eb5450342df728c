package org.wirewise.cli.latency;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewise.cli.CliException;
import org.wirewise.cli.congestion.Units;
import org.wirewise.model.latency.Bdp;
import org.wirewise.model.sim.SimTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirewise bdp --bandwidth 1gbit --rtt 100ms}: the bandwidth-delay product and what it asks
 * of a TCP window, from the same {@link Bdp} arithmetic the bdp lesson prints.
 */
@Command(name = "bdp", mixinStandardHelpOptions = true,
        description = "Print a path's bandwidth-delay product, the window scale it needs and what a 64 KiB window allows.")
public final class BdpCommand implements Callable<Integer> {

    @Option(names = "--bandwidth", required = true, paramLabel = "RATE",
            description = "The path's bandwidth with its unit: 1gbit, 100mbit, 12.5MBps.")
    String bandwidth;

    @Option(names = "--rtt", required = true, paramLabel = "TIME", description = "Round-trip time with its unit: 100ms, 1.5s.")
    String rtt;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CliException {
        double bps = Units.bandwidth(bandwidth);
        long rttNanos = Units.duration("--rtt", rtt, false);
        double bdp = Bdp.bytes(bps, rttNanos);
        PrintWriter out = spec.commandLine().getOut();
        row(out, "Bandwidth", Bdp.formatLinkRate(Math.round(bps)));
        row(out, "Round trip", SimTime.format(rttNanos));
        row(out, "BDP", Bdp.formatBytes(bdp) + String.format(Locale.ROOT, " (%,.0f bytes in flight on a full path)", bdp));
        int shift = Bdp.shiftFor(bdp);
        row(out, "Window needed", Bdp.formatBytes(bdp) + (shift == 0 ? ": fits without window scaling"
                : ": window scale shift " + shift + " or more (RFC 7323 §2)"));
        double limit = Bdp.windowLimitBps(Bdp.UNSCALED_WINDOW, rttNanos);
        row(out, "64 KiB window", "at most " + Bdp.formatRate(Math.min(limit, bps)) + " ("
                + String.format(Locale.ROOT, "%.1f %%", 100 * Math.min(1, limit / bps)) + " of the bandwidth): "
                + Bdp.formatBytes(Bdp.UNSCALED_WINDOW) + " ÷ round trip");
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf(Locale.ROOT, "%-15s %s%n", name, value);
    }
}
