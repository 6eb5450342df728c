package org.wirewise.cli.congestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.wirewise.cli.CliException;
import org.wirewise.model.congestion.DumbbellConfig;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.congestion.DumbbellSimulator;

/**
 * Wirewise's dumbbell beside ns-3's on the same pure drop-tail topology (bench/ns3/dumbbell.cc):
 * each flow on its own 100 Mb/s, 1 ms access link, one bottleneck of 20 ms one way with a
 * 100-packet queue, RTT 44 ms, MSS 1448, SACK, timestamps, delayed ACKs, flows 10 ms apart.
 * Goodput and Jain's index side by side for 1 and 10 flows of NewReno, CUBIC and BBR at 10 and
 * 100 Mb/s.
 */
final class Ns3Comparison {

    static final double[] RATES_MBPS = {10, 100};
    static final String[] ALGORITHMS = {"newreno", "cubic", "bbr"};
    static final int[] FLOWS = {1, 10};
    static final long ACCESS_DELAY_NS = 1_000_000L;
    static final long BOTTLENECK_DELAY_NS = 20_000_000L;
    static final long RTT_NS = 2 * (2 * ACCESS_DELAY_NS + BOTTLENECK_DELAY_NS);
    static final long STAGGER_NS = 10_000_000L;
    static final int QUEUE_PACKETS = 100;

    /** Goodput per flow in bits per second, each over its own time in the run. */
    record Run(double[] goodputBps) {
        double totalMbps() {
            double sum = 0;
            for (double g : goodputBps) {
                sum += g;
            }
            return sum / 1e6;
        }

        double jain() {
            double sum = 0;
            double squares = 0;
            for (double g : goodputBps) {
                sum += g;
                squares += g * g;
            }
            return squares == 0 ? 0 : sum * sum / (goodputBps.length * squares);
        }

        /**
         * Flows that carried less than a quarter of an equal share: in ns-3, flows stuck for much of
         * the run in a loop of timeouts (their slow start's bytes alone can reach a tenth).
         */
        int starved() {
            double share = totalMbps() * 1e6 / goodputBps.length;
            int n = 0;
            for (double g : goodputBps) {
                if (g < share / 4) {
                    n++;
                }
            }
            return n;
        }
    }

    private final int seconds;

    Ns3Comparison(int seconds) {
        this.seconds = seconds;
    }

    static DumbbellConfig config(String algo, int flows, double mbps, int seconds) {
        List<DumbbellConfig.Flow> specs = new ArrayList<>();
        for (int i = 0; i < flows; i++) {
            specs.add(new DumbbellConfig.Flow(algo, RTT_NS, i * STAGGER_NS));
        }
        return new DumbbellConfig(mbps * 1e6, BOTTLENECK_DELAY_NS, QUEUE_PACKETS, 0, DumbbellConfig.LINUX_MSS,
                seconds * 1_000_000_000L, 1, 100_000_000L, true, specs,
                new DumbbellConfig.Access(100e6, ACCESS_DELAY_NS, QUEUE_PACKETS), true);
    }

    Run wirewise(String algo, int flows, double mbps) {
        DumbbellResult r = DumbbellSimulator.run(config(algo, flows, mbps, seconds));
        return new Run(r.flows().stream().mapToDouble(DumbbellResult.FlowTotals::goodputBps).toArray());
    }

    /** Runs the compiled dumbbell; its lines "flow I START_S BYTES" give each flow's goodput. */
    Run ns3(Path program, String algo, int flows, double mbps) throws CliException {
        List<String> command = List.of(program.toAbsolutePath().toString(), "--algo=" + algo, "--flows=" + flows,
                "--rate=" + mbps, "--seconds=" + seconds, "--stagger=" + STAGGER_NS / 1e6);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                lines = in.lines().toList();
            }
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new CliException("--ns3: " + program + " failed: " + String.join(" ", lines));
            }
            return parse(lines, flows);
        } catch (IOException e) {
            throw new CliException("--ns3: cannot run " + program + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("--ns3: interrupted");
        }
    }

    Run parse(List<String> lines, int flows) throws CliException {
        double[] goodput = new double[flows];
        int seen = 0;
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 4 && f[0].equals("flow")) {
                int i = Integer.parseInt(f[1]);
                double start = Double.parseDouble(f[2]);
                goodput[i] = Long.parseLong(f[3]) * 8 / (seconds - start);
                seen++;
            }
        }
        if (seen != flows) {
            throw new CliException("--ns3: expected " + flows + " \"flow\" lines from the ns-3 program, got " + seen);
        }
        return new Run(goodput);
    }

    /** Prints the table; ns-3's column only when a program is given. */
    void print(Path program) throws CliException {
        System.out.printf(Locale.ROOT, "Pure drop-tail dumbbell, %d s: 100 Mb/s 1 ms access links, 20 ms bottleneck, "
                + "%d-packet queue, RTT %d ms, MSS %d, SACK, delayed ACKs, flows %d ms apart%n", seconds,
                QUEUE_PACKETS, RTT_NS / 1_000_000, DumbbellConfig.LINUX_MSS, STAGGER_NS / 1_000_000);
        System.out.println("case                      wirewise Mb/s   ns-3 Mb/s   diff   wirewise Jain   ns-3 Jain   diff");
        for (double mbps : RATES_MBPS) {
            for (String algo : ALGORITHMS) {
                for (int flows : FLOWS) {
                    Run ours = wirewise(algo, flows, mbps);
                    String label = String.format(Locale.ROOT, "%-7s %2d × %3.0f Mb/s", algo, flows, mbps);
                    if (program == null) {
                        System.out.printf(Locale.ROOT, "%-25s %13.2f %11s %6s %15.3f %11s %6s%n", label,
                                ours.totalMbps(), "–", "", ours.jain(), "–", "");
                        continue;
                    }
                    Run theirs = ns3(program, algo, flows, mbps);
                    System.out.printf(Locale.ROOT, "%-25s %13.2f %11.2f %5.1f%% %15.3f %11.3f %+6.3f%s%n", label,
                            ours.totalMbps(), theirs.totalMbps(),
                            100 * (ours.totalMbps() - theirs.totalMbps()) / theirs.totalMbps(),
                            ours.jain(), theirs.jain(), ours.jain() - theirs.jain(), starvedNote(ours, theirs));
                }
            }
        }
        if (program != null) {
            System.out.println("Differences beyond 5 % goodput or 0.05 Jain are explained in the congestion lesson's "
                    + "summary step. ns-3.37 has no RACK: a retransmission lost in recovery costs it a timeout (BBR "
                    + "loses one in Startup's overshoot and regrows slowly), and some of its flows fall into a loop of "
                    + "timeouts, each repairing about one segment, carrying almost nothing for the rest of the run "
                    + "(\"starved\": under a quarter of an equal share). Its BBR is not Linux's tcp_bbr.");
        }
    }

    private static String starvedNote(Run ours, Run theirs) {
        if (ours.goodputBps().length == 1 || ours.starved() + theirs.starved() == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "   starved: wirewise %d, ns-3 %d of %d", ours.starved(), theirs.starved(),
                ours.goodputBps().length);
    }
}
