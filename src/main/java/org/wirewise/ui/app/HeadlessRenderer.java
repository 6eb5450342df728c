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

    /** What to render. */
    public record Request(LessonSetup setup, int step, int width, int height, Theme theme, boolean presentation,
                          Path output) {
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
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                image.complete(draw(request));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        WritableImage fxImage;
        try {
            fxImage = image.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("rendering was interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("rendering failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("rendering took longer than 60 s", e);
        }
        NodeImages.writePng(fxImage, request.output());
    }

    private static WritableImage draw(Request request) {
        LessonRegistry registry = LessonRegistry.standard();
        MainViewModel model = new MainViewModel(registry.catalog(), Long.MAX_VALUE); // an image waits for its run
        model.themeProperty().set(request.theme());
        MainWindow window = new MainWindow(model, registry.views());
        window.ensureParameters();
        Scene scene = new Scene(window, request.width(), request.height());
        model.presentationProperty().set(request.presentation());
        model.openSetup(request.setup());
        model.player().goToStep(request.step());
        window.applyCss();
        window.layout();
        // A second pass lets views that size from CSS (em units) settle.
        window.applyCss();
        window.layout();
        WritableImage image = scene.snapshot(null);
        window.dispose();
        return image;
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
