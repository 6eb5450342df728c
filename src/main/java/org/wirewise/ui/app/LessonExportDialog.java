package org.wirewise.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.wirewise.scenario.AtomicFiles;

/**
 * File ▸ Export lesson…: every step of the open lesson (its trace as shown, not simulated again)
 * drawn by a window of its own, off screen, as the one shown is drawn (theme, presentation mode, size), and written as a PDF or a GIF on the
 * export thread, with a progress bar and Cancel. A cancelled or failed export leaves the file as it was.
 */
final class LessonExportDialog {

    private LessonExportDialog() {
    }

    /**
     * Starts the export and shows its progress; {@code problem} receives what went wrong.
     * Returns the task, which has finished (or been cancelled) when the dialog closes.
     */
    static Task<Void> start(Window owner, MainViewModel model, Path file, LessonExport.Format format, int width,
                            int height, Consumer<String> problem) {
        java.util.Locale language = model.languageProperty().get();
        // Drawn by a window in the shown one's language: its trace was simulated in it.
        HeadlessRenderer.Request request = new HeadlessRenderer.Request(model.getSetup(), 1, width, height,
                model.themeProperty().get(), model.presentationProperty().get(), file, null, java.util.List.of(), language);
        String title = model.getSetup().lesson().title(language);
        org.wirewise.model.text.Texts texts = org.wirewise.model.text.Texts.of(MainWindow.TEXTS, language);
        org.wirewise.model.trace.Trace shown = model.player().getTrace(); // drawn again, not simulated again
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                MainWindow window = HeadlessRenderer.onFx(() -> HeadlessRenderer.open(request, shown));
                try {
                    LessonExport.write(file, format, title, language, HeadlessRenderer.onFx(window::trace),
                            n -> SwingFXUtils.fromFXImage(HeadlessRenderer.onFx(() -> HeadlessRenderer.snapshot(window, n)), null),
                            fraction -> updateProgress(fraction, 1), this::isCancelled);
                } finally {
                    HeadlessRenderer.onFx(() -> {
                        window.dispose();
                        return null;
                    });
                }
                return null;
            }
        };
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(texts.get("file.exportLesson"));
        Label what = new Label(texts.get("export.writing", title, file.getFileName()));
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(texts.get("cancel"));
        cancel.setId("export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        VBox box = new VBox(12, what, bar, cancel);
        box.setPadding(new Insets(16));
        box.setPrefWidth(460);
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> task.cancel());
        task.setOnSucceeded(e -> stage.close());
        task.setOnCancelled(e -> stage.close());
        task.setOnFailed(e -> {
            stage.close();
            Throwable t = task.getException();
            problem.accept(file + ": " + (t instanceof IOException io ? AtomicFiles.reason(io) : String.valueOf(t.getMessage())));
        });
        model.runInBackground(task);
        stage.show();
        return task;
    }
}
