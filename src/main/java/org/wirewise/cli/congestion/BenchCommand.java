package org.wirewise.cli.congestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.wirewise.cli.CliException;
import org.wirewise.model.congestion.DumbbellConfig;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.congestion.DumbbellSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wirewise bench congestion}: how fast the dumbbell simulator is, in figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the congestion simulator: simulated packets per second at growing sizes, then goodput "
                + "and Jain's index for 1 and 10 flows of NewReno, CUBIC and BBR at 10 and 100 Mb/s, beside ns-3's "
                + "when its binary is given.")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to measure: congestion.")
    String what;

    @Option(names = "--ns3", paramLabel = "PROGRAM",
            description = "The compiled ns-3 dumbbell (bench/ns3/dumbbell.cc) to time on the same scenario.")
    Path ns3;

    @Option(names = "--repeat", paramLabel = "N", description = "Timed repetitions per size, best kept (default: ${DEFAULT-VALUE}).")
    int repeat = 3;

    @Option(names = "--seconds", paramLabel = "S",
            description = "Simulated seconds of each run in the ns-3 comparison (default: ${DEFAULT-VALUE}).")
    int seconds = 30;

    @Override
    public Integer call() throws CliException {
        if (!"congestion".equals(what)) {
            throw new CliException("bench: unknown benchmark " + org.wirewise.scenario.Excerpt.quoted(what) + "; expected congestion");
        }
        if (repeat < 1 || repeat > 100) {
            throw new CliException("--repeat: expected 1 to 100, got " + repeat);
        }
        if (seconds < 1 || seconds > 600) {
            throw new CliException("--seconds: expected 1 to 600, got " + seconds);
        }
        // Checked before the benchmark runs: a folder is "executable" to Files.isExecutable.
        if (ns3 != null && !(Files.isRegularFile(ns3) && Files.isExecutable(ns3))) {
            throw new CliException("--ns3: " + ns3 + (Files.isDirectory(ns3) ? " is a folder" : " is not an executable file")
                    + "; give the program built from bench/ns3/dumbbell.cc");
        }
        System.out.println("Congestion simulator, one core (wall clock, best of " + repeat + " after a warm-up run)");
        System.out.println("scenario                                   sim packets    wall ms    packets/s");
        // Linearity: the same 1 Gb/s bottleneck for 5, 10, 20 and 40 s of simulated time.
        for (int seconds : new int[] {5, 10, 20, 40}) {
            measure(String.format(Locale.ROOT, "10 cubic flows, 1 Gb/s, 20 ms, %2d s", seconds),
                    dumbbell("cubic", 10, 1e9, seconds));
        }
        // The lesson's default path: SACK scoreboard and RACK, and BBR's model on every ACK.
        for (String algo : new String[] {"cubic", "bbr"}) {
            measure(String.format(Locale.ROOT, "10 %s flows, 1 Gb/s, 20 ms, 20 s, SACK", algo),
                    dumbbell(algo, 10, 1e9, 20, true));
        }
        DumbbellConfig ns3Case = Ns3Comparison.config("newreno", 10, 10, 30);
        double ours = measure("10 newreno flows, 10 Mb/s, 44 ms, 30 s", ns3Case);
        System.out.printf(Locale.ROOT, "wirewise: 10 NewReno flows, 10 Mb/s, 44 ms, 30 s simulated in %.1f ms%n", ours);
        if (ns3 != null) {
            double theirs = runNs3();
            System.out.printf(Locale.ROOT, "ns-3:     the same dumbbell simulated in %.1f ms%n", theirs);
            System.out.printf(Locale.ROOT, "wirewise is %.0f× faster than ns-3 here (the goal is 20×)%n", theirs / ours);
        } else {
            System.out.println("ns-3:     not measured (give --ns3 PROGRAM, built from bench/ns3/dumbbell.cc)");
        }
        System.out.println();
        new Ns3Comparison(seconds).print(ns3);
        return 0;
    }

    /** Without SACK: the RFC 5681 / 6582 path. */
    private static DumbbellConfig dumbbell(String algo, int flows, double bps, int seconds) {
        return dumbbell(algo, flows, bps, seconds, false);
    }

    private static DumbbellConfig dumbbell(String algo, int flows, double bps, int seconds, boolean sack) {
        long rtt = 20_000_000L;
        List<DumbbellConfig.Flow> specs = new ArrayList<>();
        for (int i = 0; i < flows; i++) {
            specs.add(new DumbbellConfig.Flow(algo, rtt, 0));
        }
        return new DumbbellConfig(bps, rtt / 4, DumbbellConfig.bdpPackets(bps, rtt, DumbbellConfig.LINUX_MSS), 0,
                DumbbellConfig.LINUX_MSS,
                seconds * 1_000_000_000L, 1, 100_000_000L, sack, specs);
    }

    /** Best wall time in ms; prints the row. */
    private double measure(String label, DumbbellConfig config) {
        DumbbellSimulator.run(config); // warm-up
        double best = Double.MAX_VALUE;
        long packets = 0;
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            DumbbellResult r = DumbbellSimulator.run(config);
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
            packets = r.simulatedPackets();
        }
        System.out.printf(Locale.ROOT, "%-42s %11d %10.1f %12.0f%n", label, packets, best, packets / (best / 1e3));
        return best;
    }

    private double runNs3() throws CliException {
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(ns3.toAbsolutePath().toString(), "--algo=newreno", "--flows=10", "--rate=10",
                    "--seconds=30").redirectErrorStream(true).start();
            String output;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                output = String.join(" ", in.lines().toList());
            }
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new CliException("--ns3: " + ns3 + " failed: " + output);
            }
            return (System.nanoTime() - start) / 1e6;
        } catch (IOException e) {
            throw new CliException("--ns3: cannot run " + ns3 + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("--ns3: interrupted");
        }
    }
}
