package org.wirewise.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.wirewise.cli.CliException;
import org.wirewise.lesson.Lesson;
import org.wirewise.ui.catalog.LessonRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wirewise soak}: the real window, driven through every lesson, every step, presentation
 * mode and both themes, cycle after cycle; after each cycle the heap is measured after full
 * collections. Prints a line per cycle and a verdict: flat when the heap grows by at most 1 MB a
 * cycle. Figures to read (bench/soak.sh runs it under Xvfb), not a unit test.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Drive the app's window through every lesson, step and mode for a while and print the heap "
                + "after garbage collection per cycle, the exceptions seen, and a verdict (needs a display: see "
                + "bench/soak.sh).")
public final class SoakCommand implements java.util.concurrent.Callable<Integer> {

    /** Heap growth per cycle that still counts as flat. */
    static final double FLAT_MB_PER_CYCLE = 1.0;

    @Option(names = "--minutes", paramLabel = "M", description = "How long to run (default: ${DEFAULT-VALUE}).")
    double minutes = 30;

    @Option(names = "--step-ms", paramLabel = "MS", description = "Time shown on each step (default: ${DEFAULT-VALUE}).")
    long stepMs = 40;

    private final AtomicInteger exceptions = new AtomicInteger();

    @Override
    public Integer call() throws Exception {
        if (!(minutes > 0 && minutes <= 24 * 60) || stepMs < 0) {
            throw new CliException("--minutes: expected more than 0 and at most a day; --step-ms: 0 or more");
        }
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new CliException("the soak needs a display; bench/soak.sh starts Xvfb for it");
        }
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            exceptions.incrementAndGet();
            System.err.println("soak: exception on " + t.getName() + ": " + e);
        });
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (UnsupportedOperationException e) {
            throw new CliException("JavaFX could not open a window here (" + e.getMessage() + ")");
        }
        Platform.setImplicitExit(false);
        up.await(30, TimeUnit.SECONDS);
        AtomicReference<MainViewModel> model = new AtomicReference<>();
        onFx(() -> {
            LessonRegistry registry = LessonRegistry.standard();
            MainViewModel m = new MainViewModel(registry.catalog());
            MainWindow window = new MainWindow(m, registry.views());
            Stage stage = new Stage();
            Scene scene = new Scene(window, 1440, 900);
            window.attach(stage, scene);
            m.player().attachTimer();
            stage.setScene(scene);
            stage.show();
            model.set(m);
        });
        List<Double> heap = new ArrayList<>();
        long end = System.nanoTime() + (long) (minutes * 60e9);
        int cycle = 0;
        while (System.nanoTime() < end) {
            cycle++;
            for (Lesson<?> lesson : model.get().catalog().all()) {
                boolean present = cycle % 2 == 0;
                onFx(() -> {
                    model.get().openLesson(lesson.id());
                    model.get().presentationProperty().set(present);
                    model.get().themeProperty().set(present ? Theme.DARK : Theme.LIGHT);
                });
                int steps = model.get().player().getTrace().stepCount();
                for (int s = 1; s <= steps; s++) {
                    int step = s;
                    onFx(() -> model.get().player().goToStep(step));
                    Thread.sleep(stepMs);
                }
            }
            // Measured in one state every cycle (light, windowed): the software renderer keeps a
            // full-screen window's pixels in the heap, which would otherwise swing odd against even cycles.
            onFx(() -> {
                model.get().presentationProperty().set(false);
                model.get().themeProperty().set(Theme.LIGHT);
            });
            heap.add(heapAfterGc());
            double growth = heap.size() < 2 ? 0 : heap.get(heap.size() - 1) - heap.get(heap.size() - 2);
            System.out.printf(Locale.ROOT, "cycle %d: %.1f MB after GC (%+.1f MB), %d exceptions%n", cycle,
                    heap.get(heap.size() - 1), growth, exceptions.get());
            System.out.flush();
        }
        onFx(() -> model.get().presentationProperty().set(false));
        double perCycle = growthPerCycle(heap);
        boolean judged = heap.size() >= 4;
        boolean flat = judged && perCycle <= FLAT_MB_PER_CYCLE && exceptions.get() == 0;
        System.out.printf(Locale.ROOT, "soak: %d cycles, heap growth %.2f MB per cycle, %d exceptions: %s%n", cycle,
                perCycle, exceptions.get(), !judged ? "too short to judge (run at least 4 cycles)"
                        : flat ? "flat" : "NOT flat");
        Platform.exit();
        return flat ? 0 : 1;
    }

    /**
     * MB a cycle from the second cycle on (the first fills caches that stay), between cycles of
     * the same kind: odd cycles run light and windowed, even ones dark and in presentation mode,
     * and what the renderer keeps after each differs by some 10 MB without growing.
     */
    static double growthPerCycle(List<Double> heap) {
        int last = heap.size() - 1;
        int first = last % 2 == 1 ? 1 : 2;
        return last - first < 2 ? 0 : (heap.get(last) - heap.get(first)) / (last - first);
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /** MB used after full collections, with a frame painted between them (JavaFX frees pixels only then). */
    private static double heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            onFx(() -> { });
            Thread.sleep(150);
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1e6;
    }
}
