package org.wirewise.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.ui.catalog.LessonRegistry;
import org.wirewise.ui.widget.NodeImages;

/**
 * Renders the main window at one step of a lesson to a PNG without opening a window, on
 * JavaFX's headless Monocle platform with the software renderer. What it draws is the app's
 * own view, so README images and classroom handouts match the app.
 */
public final class HeadlessRenderer {

    private static final String MONOCLE_FACTORY = "com.sun.glass.ui.monocle.MonoclePlatformFactory";

    /**
     * What to render; with {@code compareB}, an A/B comparison against that scenario of the same
     * lesson; {@code keys} are pressed in the lesson's view first (G: the tcptrace graph).
     */
    public record Request(LessonSetup setup, int step, int width, int height, Theme theme, boolean presentation,
                          Path output, LessonSetup compareB, java.util.List<javafx.scene.input.KeyCode> keys,
                          java.util.Locale language) {
        public Request {
            keys = java.util.List.copyOf(keys);
            java.util.Objects.requireNonNull(language, "language");
        }

        public Request(LessonSetup setup, int step, int width, int height, Theme theme, boolean presentation,
                       Path output, LessonSetup compareB, java.util.List<javafx.scene.input.KeyCode> keys) {
            this(setup, step, width, height, theme, presentation, output, compareB, keys, java.util.Locale.ENGLISH);
        }

        public Request(LessonSetup setup, int step, int width, int height, Theme theme, boolean presentation,
                       Path output) {
            this(setup, step, width, height, theme, presentation, output, null, java.util.List.of());
        }

        public Request(LessonSetup setup, int step, int width, int height, Theme theme, boolean presentation,
                       Path output, LessonSetup compareB) {
            this(setup, step, width, height, theme, presentation, output, compareB, java.util.List.of());
        }
    }

    private HeadlessRenderer() {
    }

    /** Whether the headless platform is available in this runtime. */
    public static boolean available() {
        try {
            Class.forName(MONOCLE_FACTORY, false, HeadlessRenderer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    public static void render(Request request) throws IOException {
        startToolkit();
        NodeImages.writePng(onFx(() -> draw(request)), request.output());
    }

    private static WritableImage draw(Request request) {
        MainWindow window = open(request);
        WritableImage image = snapshot(window, request.step());
        window.dispose();
        return image;
    }

    /**
     * Renders every step of the lesson, one PNG each ({@code step-01.png}, ...) in {@code folder},
     * from one window in this JVM: the lesson is simulated once. Returns the files written.
     * {@code request.step()} and {@code request.output()} are not used.
     */
    public static java.util.List<Path> renderAll(Request request, Path folder) throws IOException {
        return renderAll(request, folder, new RenderTimes());
    }

    /**
     * As {@link #renderAll(Request, Path)}, adding where the time went to {@code times}. Each PNG
     * is encoded on a second thread while the FX thread draws the next step (at most one image
     * waits), so drawing and encoding overlap.
     */
    public static java.util.List<Path> renderAll(Request request, Path folder, RenderTimes times) throws IOException {
        long begin = System.nanoTime();
        startToolkit();
        times.startup += System.nanoTime() - begin;
        long opening = System.nanoTime();
        MainWindow window = onFx(() -> open(request));
        times.open += System.nanoTime() - opening;
        java.util.List<Path> written = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService encoder = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wirewise-png");
            t.setDaemon(true);
            return t;
        });
        try {
            int steps = onFx(window::stepCount);
            String format = "step-%0" + Integer.toString(steps).length() + "d.png";
            java.util.concurrent.Future<?> pending = null;
            for (int step = 1; step <= steps; step++) {
                int s = step;
                long drawing = System.nanoTime();
                WritableImage image = onFx(() -> snapshot(window, s));
                times.snapshot += System.nanoTime() - drawing;
                Path file = folder.resolve(String.format(java.util.Locale.ROOT, format, step));
                finish(pending);
                pending = encoder.submit(() -> {
                    long encoding = System.nanoTime();
                    NodeImages.writePng(image, file);
                    times.encode += System.nanoTime() - encoding;
                    return null;
                });
                written.add(file);
            }
            finish(pending);
        } finally {
            encoder.shutdownNow();
            onFx(() -> {
                window.dispose();
                return null;
            });
            times.total += System.nanoTime() - begin;
        }
        return written;
    }

    /** Waits for an image being encoded; its write error becomes this call's. */
    private static void finish(java.util.concurrent.Future<?> pending) throws IOException {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("rendering was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Where rendering's time went, in nanoseconds of wall time (encoding overlaps drawing). */
    public static final class RenderTimes {
        long startup;
        long open;
        long snapshot;
        long encode;
        long total;

        /** "startup 0.4 s, window and simulation 2.1 s, drawing 6.3 s, PNG encoding 5.0 s (overlapped), total 9.0 s". */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "JavaFX start-up %.1f s, window and simulation %.1f s, drawing %.1f s, "
                            + "PNG encoding %.1f s (on a second thread, overlapping the drawing), total %.1f s",
                    startup / 1e9, open / 1e9, snapshot / 1e9, encode / 1e9, total / 1e9);
        }
    }

    /**
     * Writes every step of the lesson to {@code file} as a PDF handout or an animated GIF, from one
     * window in this JVM. {@code request.step()} and {@code request.output()} are not used.
     */
    public static void exportLesson(Request request, Path file, LessonExport.Format format) throws IOException {
        startToolkit();
        MainWindow window = onFx(() -> open(request));
        try {
            org.wirewise.model.trace.Trace trace = onFx(window::trace);
            LessonExport.write(file, format, request.setup().lesson().title(request.language()), request.language(), trace,
                    step -> javafx.embed.swing.SwingFXUtils.fromFXImage(onFx(() -> snapshot(window, step)), null),
                    fraction -> { }, () -> false);
        } finally {
            onFx(() -> {
                window.dispose();
                return null;
            });
        }
    }

    /** The main window as {@code request} asks, on the FX thread, its lesson simulated. */
    static MainWindow open(Request request) {
        return open(request, null);
    }

    /** As {@link #open(Request)}, showing {@code trace} (the request's scenario, already simulated) when not null. */
    static MainWindow open(Request request, org.wirewise.model.trace.Trace trace) {
        return open(request, trace, LessonRegistry.standard());
    }

    /**
     * A replayed capture's step, drawn by the replay's view (sequence diagram, bytes, G for tcptrace).
     */
    public static void renderReplay(Request request, org.wirewise.model.trace.Trace trace) throws IOException {
        startToolkit();
        LessonRegistry registry = LessonRegistry.standard().withReplayView();
        NodeImages.writePng(onFx(() -> {
            MainWindow window = open(request, trace, registry);
            WritableImage image = snapshot(window, request.step());
            window.dispose();
            return image;
        }), request.output());
    }

    private static MainWindow open(Request request, org.wirewise.model.trace.Trace trace, LessonRegistry registry) {
        MainViewModel model = new MainViewModel(registry.catalog(), Long.MAX_VALUE); // an image waits for its run
        model.themeProperty().set(request.theme());
        model.languageProperty().set(request.language());
        MainWindow window = new MainWindow(model, registry.views());
        window.ensureParameters();
        new Scene(window, request.width(), request.height());
        model.presentationProperty().set(request.presentation());
        if (trace != null) {
            model.openSimulated(request.setup(), trace);
        } else {
            model.openSetup(request.setup());
        }
        if (request.compareB() != null) {
            model.compare().start(request.compareB()).ifPresent(m -> {
                throw new IllegalArgumentException(m);
            });
        }
        request.keys().forEach(window::pressViewKey);
        return window;
    }

    /** The window at step {@code step} (from 1), laid out and drawn. */
    static WritableImage snapshot(MainWindow window, int step) {
        window.goToStep(step);
        window.applyCss();
        window.layout();
        // A second pass lets views that size from CSS (em units) settle.
        window.applyCss();
        window.layout();
        return window.getScene().snapshot(null);
    }

    /** Runs {@code work} on the FX thread and waits for it (at most 120 s); call from any other thread. */
    static <T> T onFx(java.util.function.Supplier<T> work) throws IOException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("rendering was interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("rendering failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("rendering took longer than 120 s", e);
        }
    }

    private static void startToolkit() throws IOException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        if (!available()) {
            throw new IOException("headless rendering needs the Monocle platform on the module path; "
                    + "run it through bin/wirewise");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("JavaFX start-up was interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("JavaFX did not start: " + e.getMessage(), e);
        }
    }
}
