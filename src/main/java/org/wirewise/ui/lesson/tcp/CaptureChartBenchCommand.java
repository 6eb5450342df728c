package org.wirewise.ui.lesson.tcp;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.wirewise.model.replay.CaptureFile;
import org.wirewise.model.replay.CaptureTrace;
import org.wirewise.model.replay.OpenedCapture;
import org.wirewise.model.replay.SyntheticCapture;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.congestion.ChartBenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wirewise bench-capture-chart}: a capture of one TCP conversation of a million packets
 * opened and replayed as the window does, then its graphs over time (the pane key I shows) in a
 * real window, panned and zoomed continuously; prints the frames per second and each chart's
 * redraw time. Figures to read, not a pass/fail test.
 */
@Command(name = "bench-capture-chart", mixinStandardHelpOptions = true,
        description = "Measure a replayed capture's graphs over time (bytes in flight, throughput, round trip) while "
                + "they pan and zoom over a one-conversation capture of many packets, in a real window (run under "
                + "Xvfb without a desktop) or --headless.")
public final class CaptureChartBenchCommand implements Callable<Integer> {

    @Option(names = "--packets", paramLabel = "N", description = "Packets in the conversation (default: ${DEFAULT-VALUE}).")
    int packets = 1_000_000;

    @Option(names = "--seconds", paramLabel = "S", description = "How long to measure, after 1 s of warm-up "
            + "(default: ${DEFAULT-VALUE}).")
    double seconds = 5;

    @Option(names = "--headless", description = "Use JavaFX's headless Monocle platform instead of a window.")
    boolean headless;

    @Override
    public Integer call() throws IOException {
        if (packets < 1_000 || packets > 5_000_000 || !(seconds >= 1 && seconds <= 120)) {
            System.err.println("--packets: expected 1000 to 5000000, got " + packets + "; --seconds: 1 to 120, got "
                    + seconds);
            return 2;
        }
        Path file = Files.createTempFile("wirewise-bench", ".pcap");
        Trace trace;
        try {
            SyntheticCapture.write(file, packets, packets);
            long t0 = System.nanoTime();
            OpenedCapture opened = CaptureFile.open(file, Progress.NONE);
            long t1 = System.nanoTime();
            trace = CaptureTrace.of(opened, opened.conversations().get(0));
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "capture: one TCP conversation of %,d packets (%,d bytes); open %.1f ms, "
                    + "replay as a trace with its graphs' series %.1f ms%n", packets, Files.size(file), (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6);
        } finally {
            Files.deleteIfExists(file);
        }
        String where;
        try {
            where = ChartBenchCommand.startToolkit(headless);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        CompletableFuture<ChartBenchCommand.Figures> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                run(trace, result);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        ChartBenchCommand.Figures f;
        try {
            f = result.get((long) seconds + 120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (Exception e) {
            System.err.println("the benchmark failed: " + e);
            return 1;
        } finally {
            Platform.exit();
        }
        System.out.printf(Locale.ROOT, "graphs over time: 3 charts, 1600×900 %s, %.1f s of continuous pan and zoom "
                + "(1× to 1000×)%n", where, f.elapsedS());
        System.out.printf(Locale.ROOT, "frames per second: %.1f (%d frames)%n", f.frames() / f.elapsedS(), f.frames());
        System.out.println("redraw time per chart (ms): " + ChartBenchCommand.stats(f.drawNs()));
        System.out.println("frame interval (ms):        " + ChartBenchCommand.stats(f.intervalNs()));
        return 0;
    }

    private void run(Trace trace, CompletableFuture<ChartBenchCommand.Figures> result) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        CaptureGraphsPane pane = new CaptureGraphsPane();
        pane.setTrace(trace);
        double length = pane.range().visible().width();
        Stage stage = new Stage();
        stage.setTitle("Wirewise capture graphs benchmark");
        stage.setScene(new Scene(pane, 1600, 900));
        ChartBenchCommand.measure(stage, pane.charts(), pane.range(), length, seconds, pane::dispose, result);
    }
}
