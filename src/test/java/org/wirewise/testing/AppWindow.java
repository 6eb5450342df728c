package org.wirewise.testing;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.wirewise.ui.app.MainViewModel;
import org.wirewise.ui.app.MainWindow;
import org.wirewise.ui.catalog.LessonRegistry;

/** The real main window on a TestFX stage, wired as the app wires it, for tests of user paths. */
public record AppWindow(MainViewModel model, MainWindow window) {

    /** Shows the window at 1400×900 with a lesson open, or none when {@code lessonId} is null. */
    public static AppWindow show(Stage stage, String lessonId) {
        return show(stage, lessonId, 1400, 900);
    }

    public static AppWindow show(Stage stage, String lessonId, double width, double height) {
        MainViewModel model = new MainViewModel(LessonRegistry.standard().catalog());
        MainWindow window = new MainWindow(model, LessonRegistry.standard().withReplayView().views());
        Scene scene = new Scene(window, width, height);
        window.attach(stage, scene);
        if (lessonId != null) {
            model.openLesson(lessonId);
        }
        stage.setScene(scene);
        stage.show();
        return new AppWindow(model, window);
    }

    /** Releases the window's subscriptions and background work, on the FX thread. */
    public void close(FxRobot robot) {
        robot.interact(window::dispose);
    }
}
