package org.wirewise.ui.app;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.wirewise.ui.catalog.LessonViews;

/**
 * The scene's root: the main window, built anew from its view model when the language changes.
 * Every word of the window is read once, when its parts are built, so a new language is a new
 * window over the same model: the lesson (already simulated again in the new language by the
 * model), its step, side B, the undo history, presentation mode, reveal and type size stay, as does
 * practice when it was shown.
 */
public final class WindowHost extends StackPane {

    private final MainViewModel model;
    private final LessonViews views;
    private final Stage stage;
    private final Subscription subscription;
    private MainWindow window;

    /** Builds the window in the model's language and attaches it to {@code stage}, whose scene this becomes the root of. */
    public WindowHost(MainViewModel model, LessonViews views, Stage stage, double width, double height) {
        this.model = model;
        this.views = views;
        this.stage = stage;
        window = new MainWindow(model, views);
        getChildren().setAll(window);
        Scene scene = new Scene(this, width, height);
        FirstFrame.reportIfAsked(scene); // before attach: the benchmark must not count what attach defers
        window.attach(stage, scene);
        subscription = model.languageProperty().subscribe((was, now) -> rebuild());
    }

    /** The window now on show (a new one after each change of language). */
    public MainWindow window() {
        return window;
    }

    private void rebuild() {
        boolean practice = window.practiceShown();
        window.close();
        window = new MainWindow(model, views);
        getChildren().setAll(window);
        window.attach(stage, getScene());
        window.ensureParameters();
        if (practice) {
            window.showPractice(true);
        }
    }

    /** Disposes the window and its model; the app is closing. */
    public void dispose() {
        subscription.unsubscribe();
        window.dispose();
    }
}
