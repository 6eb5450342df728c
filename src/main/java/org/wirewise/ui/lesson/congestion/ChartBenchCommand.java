package org.wirewise.ui.lesson.congestion;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.wirewise.cli.CliException;
import org.wirewise.model.congestion.Phase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wirewise bench-chart}: the congestion chart in a real window with a million samples,
 * panned and zoomed continuously by an animation timer; prints the frames per second achieved
 * and the time each redraw took. Figures to read, not a pass/fail test.
 */
@Command(name = "bench-chart", mixinStandardHelpOptions = true,
        description = "Measure the congestion chart's frame rate while it pans and zooms over many samples, "
                + "in a real window (run under Xvfb without a desktop) or --headless.")
public final class ChartBenchCommand implements Callable<Integer> {

    private static final double RUN_SECONDS = 600;
    private static final double RTT = 0.1;

    @Option(names = "--samples", paramLabel = "N", description = "Samples in all (default: ${DEFAULT-VALUE}).")
    int samples = 1_000_000;

    @Option(names = "--lines", paramLabel = "N", description = "Lines (flows) sharing them, 1 to 12 (default: ${DEFAULT-VALUE}).")
    int lines = 5;

    @Option(names = "--seconds", paramLabel = "S", description = "How long to measure, after 1 s of warm-up "
            + "(default: ${DEFAULT-VALUE}).")
    double seconds = 5;

    @Option(names = "--headless", description = "Use JavaFX's headless Monocle platform instead of a window.")
    boolean headless;

    /** What one measurement gave. */
    public record Figures(int frames, double elapsedS, long[] drawNs, long[] intervalNs) {
    }

    @Override
    public Integer call() throws CliException {
        if (samples < 1_000 || samples > 50_000_000) {
            throw new CliException("--samples: expected 1000 to 50000000, got " + samples);
        }
        if (lines < 1 || lines > SeriesLines.MAX_LINES) {
            throw new CliException("--lines: expected 1 to " + SeriesLines.MAX_LINES + ", got " + lines);
        }
        if (!(seconds >= 1 && seconds <= 120)) {
            throw new CliException("--seconds: expected 1 to 120, got " + seconds);
        }
        String where = startToolkit();
        CompletableFuture<Figures> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                run(result);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        Figures f;
        try {
            f = result.get((long) seconds + 120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new CliException("the chart benchmark failed: " + e);
        } finally {
            Platform.exit();
        }
        int perLine = samples / lines;
        System.out.printf(Locale.ROOT, "bench-chart: %,d samples (%d lines × %,d), 1600×900 %s, %.1f s of continuous "
                + "pan and zoom (1× to 1000×)%n", perLine * lines, lines, perLine, where, f.elapsedS());
        System.out.printf(Locale.ROOT, "frames per second: %.1f (%d frames)%n", f.frames() / f.elapsedS(), f.frames());
        System.out.println("draw time per frame (ms): " + stats(f.drawNs()));
        System.out.println("frame interval (ms):      " + stats(f.intervalNs()));
        return 0;
    }

    /** "median, p95, max" of durations in nanoseconds, printed in milliseconds. */
    public static String stats(long[] ns) {
        if (ns.length == 0) {
            return "no frames";
        }
        long[] s = ns.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %.2f, p95 %.2f, max %.2f", s[s.length / 2] / 1e6,
                s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] / 1e6, s[s.length - 1] / 1e6);
    }

    private String startToolkit() throws CliException {
        try {
            return startToolkit(headless);
        } catch (IllegalStateException e) {
            throw new CliException(e.getMessage());
        }
    }

    /**
     * Starts JavaFX for a benchmark: a window on the display, or Monocle's headless platform.
     *
     * @return where it draws, for the report
     * @throws IllegalStateException saying why it could not start
     */
    public static String startToolkit(boolean headless) {
        if (headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            // Monocle's headless screen is 1280×800 unless told otherwise; the 1600×900 stage must fit.
            System.setProperty("headless.geometry", "1920x1080-32");
        } else if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new IllegalStateException("no display: run it on a desktop, under Xvfb (Xvfb :88 & DISPLAY=:88 "
                    + "wirewise ...), or add --headless");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            Platform.setImplicitExit(false);
            started.get(30, TimeUnit.SECONDS);
        } catch (RuntimeException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("JavaFX could not start" + (headless ? "" : " a window") + ": "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        return headless ? "headless (Monocle)" : "window on " + System.getenv("DISPLAY");
    }

    private void run(CompletableFuture<Figures> result) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        XRange range = new XRange();
        range.setBounds(0, RUN_SECONDS, "bench");
        SeriesChart chart = new SeriesChart("cwnd (segments), synthetic Reno flows — dots mark losses", range);
        List<ChartLine> data = new ArrayList<>();
        for (int k = 0; k < lines; k++) {
            data.add(sawtooth(k, samples / lines));
        }
        chart.setLines(data, "s");
        VBox root = new VBox(chart);
        root.getStyleClass().add("congestion-view");
        root.getStylesheets().add(ChartBenchCommand.class.getResource("congestion.css").toExternalForm());
        VBox.setVgrow(chart, Priority.ALWAYS);
        Stage stage = new Stage();
        stage.setTitle("Wirewise chart benchmark");
        stage.setScene(new Scene(root, 1600, 900));
        measure(stage, List.of(chart), range, RUN_SECONDS, seconds, chart::dispose, result);
    }

    /**
     * Shows {@code stage} and pans and zooms {@code range} (a run of {@code length}) on every
     * animation pulse for one second of warm-up and {@code seconds} more, recording each chart's
     * redraw times and the frame intervals; then closes the stage, disposes and completes {@code result}.
     */
    public static void measure(Stage stage, List<SeriesChart> charts, XRange range, double length, double seconds,
                               Runnable dispose, CompletableFuture<Figures> result) {
        long[] draws = new long[300_000];
        long[] intervals = new long[100_000];
        int[] counts = new int[2];
        boolean[] measuring = {false};
        for (SeriesChart chart : charts) {
            chart.setDrawTimes(ns -> {
                if (measuring[0] && counts[0] < draws.length) {
                    draws[counts[0]++] = ns;
                }
            });
        }
        new AnimationTimer() {
            private long first = -1;
            private long last;
            private int frames;

            @Override
            public void handle(long now) {
                if (first < 0) {
                    first = now;
                }
                double t = (now - first) / 1e9;
                if (t >= 1 && !measuring[0]) {
                    measuring[0] = true;
                    first = now - 1_000_000_000L;
                } else if (measuring[0]) {
                    frames++;
                    if (counts[1] < intervals.length) {
                        intervals[counts[1]++] = now - last;
                    }
                }
                last = now;
                if (t >= 1 + seconds) {
                    stop();
                    stage.close();
                    dispose.run();
                    result.complete(new Figures(frames, t - 1, Arrays.copyOf(draws, counts[0]),
                            Arrays.copyOf(intervals, counts[1])));
                    return;
                }
                move(range, t, length);
            }
        }.start();
        stage.show();
    }

    /**
     * Zoom between the whole run (of {@code length}) and a thousandth of it every 4 s while the
     * centre sweeps the run: the view at {@code t} seconds into the benchmark.
     */
    public static void move(XRange range, double t, double length) {
        double width = length * Math.pow(10, -3 * (0.5 - 0.5 * Math.cos(2 * Math.PI * t / 4)));
        double centre = length * (0.5 + 0.45 * Math.sin(2 * Math.PI * t / 7));
        XRange.Span s = range.visible();
        range.zoom(s.width() / width, (s.lo() + s.hi()) / 2);
        XRange.Span z = range.visible();
        range.pan(centre - (z.lo() + z.hi()) / 2);
    }

    /**
     * A Reno-like cwnd: slow start doubling per RTT, then +1 segment per RTT, halved after a loss
     * that comes when the window reaches a random ceiling, with a fast recovery of one RTT.
     */
    private static ChartLine sawtooth(int index, int n) {
        SplittableRandom random = new SplittableRandom(index + 1);
        double[] x = new double[n];
        double[] y = new double[n];
        double dt = RUN_SECONDS / n;
        double w = 10;
        double ceiling = random.nextDouble(400, 900);
        double recoveryUntil = -1;
        List<Double> starts = new ArrayList<>();
        List<Phase> phases = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        Phase phase = Phase.SLOW_START;
        starts.add(0.0);
        phases.add(phase);
        for (int i = 0; i < n; i++) {
            double now = i * dt;
            Phase next = phase;
            if (now < recoveryUntil) {
                next = Phase.FAST_RECOVERY;
            } else if (w >= ceiling) {
                losses.add(now);
                w /= 2;
                recoveryUntil = now + RTT;
                ceiling = random.nextDouble(400, 900);
                next = Phase.FAST_RECOVERY;
            } else {
                next = phase == Phase.SLOW_START ? Phase.SLOW_START : Phase.CONGESTION_AVOIDANCE;
                w = next == Phase.SLOW_START ? w * Math.pow(2, dt / RTT) : w + dt / RTT;
            }
            if (next != phase) {
                phase = next;
                starts.add(now);
                phases.add(phase);
            }
            x[i] = now;
            y[i] = w;
        }
        return new ChartLine("flow " + (index + 1), x, y, n, index, losses.stream().mapToDouble(Double::doubleValue)
                .toArray(), new ChartLine.PhaseRuns(starts.stream().mapToDouble(Double::doubleValue).toArray(),
                phases.toArray(Phase[]::new), phases.size()));
    }
}
