package org.wirewise.cli.congestion;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewise.cli.CliException;
import org.wirewise.cli.OutputTarget;
import org.wirewise.cli.TerminalProgress;
import org.wirewise.cli.WorkLimit;
import org.wirewise.model.congestion.Algorithms;
import org.wirewise.model.congestion.DumbbellConfig;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.congestion.DumbbellSimulator;
import org.wirewise.model.congestion.SenderState;
import org.wirewise.model.sim.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirewise simulate congestion}: TCP congestion control over a dumbbell, as numbers. */
@Command(name = "congestion", mixinStandardHelpOptions = true,
        description = {"Simulate bulk TCP flows over a shared drop-tail bottleneck and print each flow's cwnd, "
                + "ssthresh, bytes in flight, smoothed RTT, delivery rate and the queue over time, the loss and "
                + "phase events, and a summary (throughput, goodput, retransmissions, utilization, Jain's fairness).",
                "Several algorithms run one after another on the same scenario and seed; with --share their flows "
                        + "share one bottleneck instead."})
public final class CongestionCommand implements Callable<Integer> {

    enum Format { csv, json }

    @Option(names = "--algo", paramLabel = "A[,B...]", split = ",",
            description = "tahoe, reno, newreno, cubic or bbr (BBR v1 as in Linux); several to compare. Default: cubic.")
    List<String> algorithms = List.of("cubic");

    @Option(names = "--bandwidth", paramLabel = "RATE", description = "Bottleneck rate, 1mbit to 10gbit (default: ${DEFAULT-VALUE}).")
    String bandwidth = "100mbit";

    @Option(names = "--rtt", paramLabel = "TIME[,TIME...]", split = ",",
            description = "Round-trip propagation time; a list is given to the flows in turn, for RTT unfairness (default: 50ms).")
    List<String> rtt = List.of("50ms");

    @Option(names = "--buffer", paramLabel = "SIZE", description = "Drop-tail buffer: packets (100) or a multiple of the BDP (1bdp) (default: ${DEFAULT-VALUE}).")
    String buffer = "1bdp";

    @Option(names = "--flows", paramLabel = "N", description = "Flows per algorithm, 1 to 50 in all (default: ${DEFAULT-VALUE}).")
    int flows = 1;

    @Option(names = "--stagger", paramLabel = "TIME", description = "Flow i starts at i × this (default: ${DEFAULT-VALUE}).")
    String stagger = "0s";

    @Option(names = "--duration", paramLabel = "TIME", description = "Simulated time (default: ${DEFAULT-VALUE}).")
    String duration = "60s";

    @Option(names = "--loss", paramLabel = "P", description = "Random loss per packet at the bottleneck: 0.01 or 1%% (default: ${DEFAULT-VALUE}).")
    String loss = "0";

    @Option(names = "--drop", paramLabel = "SEG[,SEG...]",
            description = "Segments of each run's first flow (counting from 1) lost on their first transmission, "
                    + "e.g. 31,33,35: with --no-sack, NewReno repairs one per partial ACK (RFC 6582).")
    String drop = "";

    @Option(names = "--mss", paramLabel = "BYTES", description = "Segment size (default: ${DEFAULT-VALUE}).")
    int mss = DumbbellConfig.LINUX_MSS;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for random loss and BBR (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--interval", paramLabel = "TIME", description = "Sampling interval of the series (default: a quarter of the smallest RTT).")
    String interval;

    @Option(names = "--no-sack", negatable = false,
            description = "Receivers send only cumulative ACKs (no SACK blocks): one hole is repaired per round trip "
                    + "(RFC 6582) and a lost retransmission waits for the timeout. With SACK (the default) losses, "
                    + "lost retransmissions included, are found by RACK (RFC 8985).")
    boolean noSack;

    @Option(names = "--share", description = "Put the flows of all the algorithms on one bottleneck (e.g. BBR vs CUBIC).")
    boolean share;

    @Option(names = "--summary-only", description = "Print only the summary.")
    boolean summaryOnly;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.csv;

    @Option(names = "--force", description = "Run even beyond the work limit (about 300 million simulated packets, "
            + "half a minute).")
    boolean force;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of standard output.")
    Path output;

    /** A labelled run: one algorithm alone, or all sharing. */
    record Run(String label, DumbbellConfig config) {
    }

    /** Builds the runs the options describe; every mistake is a CliException naming the option. */
    static List<Run> runs(List<String> algorithms, String bandwidth, List<String> rtts, String buffer, int flows,
                          String stagger, String duration, String loss, int mss, long seed, String interval,
                          boolean share, boolean sack) throws CliException {
        return runs(algorithms, bandwidth, rtts, buffer, flows, stagger, duration, loss, mss, seed, interval, share, sack,
                "");
    }

    /** The same, with chosen segments of each run's first flow lost ("31,33,35"). */
    static List<Run> runs(List<String> algorithms, String bandwidth, List<String> rtts, String buffer, int flows,
                          String stagger, String duration, String loss, int mss, long seed, String interval,
                          boolean share, boolean sack, String drop) throws CliException {
        for (String a : algorithms) {
            if (!Algorithms.NAMES.contains(a)) {
                throw new CliException("--algo: unknown algorithm " + org.wirewise.scenario.Excerpt.quoted(a) + "; expected " + String.join(", ",
                        Algorithms.NAMES));
            }
        }
        int total = share ? flows * algorithms.size() : flows;
        if (flows < 1 || total > 50) {
            throw new CliException("--flows: expected 1 to 50 flows in all, got " + (flows < 1 ? flows : total));
        }
        if (mss < 100 || mss > 65_495) {
            throw new CliException("--mss: expected 100 to 65495 bytes, got " + mss);
        }
        double bps = Units.bandwidth(bandwidth);
        long[] rttNs = Units.durations("--rtt", rtts);
        long minRtt = Arrays.stream(rttNs).min().orElseThrow();
        long dur = Units.duration("--duration", duration, false);
        long step = Units.duration("--stagger", stagger, true);
        if ((total - 1) * step >= dur) {
            throw new CliException("--stagger: the last flow would start after the run ends (" + duration + ")");
        }
        double p = Units.probability(loss);
        int bufferPackets = Units.buffer(buffer, DumbbellConfig.bdpPackets(bps, minRtt, mss));
        // The first flow cannot send more than the bottleneck carries in the run plus what the queue holds.
        List<Long> drops = Units.drops(drop, (long) Math.ceil(bps / 8 * (dur / 1e9) / mss) + bufferPackets + 10);
        long sample = interval == null ? Math.max(1_000_000, minRtt / 4) : Units.duration("--interval", interval, false);
        List<List<String>> groups = new ArrayList<>();
        if (share) {
            groups.add(algorithms);
        } else {
            algorithms.forEach(a -> groups.add(List.of(a)));
        }
        List<Run> runs = new ArrayList<>();
        for (List<String> group : groups) {
            List<DumbbellConfig.Flow> specs = new ArrayList<>();
            for (int i = 0; i < flows * group.size(); i++) {
                specs.add(new DumbbellConfig.Flow(group.get(i % group.size()), rttNs[i % rttNs.length], i * step,
                        i == 0 ? drops : List.of()));
            }
            try {
                runs.add(new Run(share ? "shared" : group.get(0), new DumbbellConfig(bps, minRtt / 4, bufferPackets, p, mss,
                        dur, seed, sample, sack, specs)));
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
        }
        return runs;
    }

    @Override
    public Integer call() throws CliException {
        List<Run> runs = runs(algorithms, bandwidth, rtt, buffer, flows, stagger, duration, loss, mss, seed, interval,
                share, !noSack, drop);
        long work = estimatedPackets(runs);
        WorkLimit.checkPackets(work, force, "this simulation");
        long samples = runs.stream().mapToLong(r -> r.config().durationNs() / r.config().sampleIntervalNs()
                * r.config().flows().size()).max().orElse(0);
        if (samples > 20_000_000) {
            throw new CliException("--interval: " + samples + " samples is too many; give a longer interval");
        }
        Progress progress = TerminalProgress.forWork("simulating", work > PROGRESS_PACKETS);
        List<DumbbellResult> results = new ArrayList<>();
        try {
            for (int i = 0; i < runs.size(); i++) {
                Progress slice = progress.slice((double) i / runs.size(), (double) (i + 1) / runs.size());
                results.add(DumbbellSimulator.run(runs.get(i).config(), slice));
            }
        } finally {
            TerminalProgress.finish(progress);
        }
        OutputTarget.write(output, System.out, stream -> {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
            if (format == Format.csv) {
                SeriesWriter.csv(runs, results, summaryOnly, out);
            } else {
                SeriesWriter.json(runs, results, summaryOnly, out);
            }
            out.flush(); // the stream belongs to OutputTarget, which closes it and reports its errors
        });
        return 0;
    }

    /** Simulated packets above which a run shows progress on a terminal: a few seconds. */
    static final long PROGRESS_PACKETS = 20_000_000L;

    /** Packets the bottleneck can carry in each run, summed: what the simulator's cost follows. */
    static long estimatedPackets(List<Run> runs) {
        double total = 0;
        for (Run r : runs) {
            DumbbellConfig c = r.config();
            total += c.bandwidthBps() / 8 / (c.mss() + 40) * (c.durationNs() / 1e9);
        }
        return Math.round(total);
    }

    static String ssthresh(long v) {
        return v >= SenderState.INFINITE_SSTHRESH ? "" : Long.toString(v);
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
