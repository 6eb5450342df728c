package org.wirewise.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * The desktop application. Named launch parameters: {@code --lesson=ID}, {@code --step=N}
 * (1-based) and {@code --present=true}; the command line has already checked them.
 */
public final class WirewiseApp extends Application {

    private MainViewModel model;
    private WindowHost window;
    private Path configFolder;
    private Stage stage;
    /** The window's size before it was maximised, which is what it returns to. */
    private double restoredWidth = 1440;
    private double restoredHeight = 900;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        configFolder = AppSettings.defaultFolder();
        String[] unknownLanguage = new String[1];
        AppSettings settings = AppSettings.load(configFolder, value -> unknownLanguage[0] = value);
        LessonRegistry registry = LessonRegistry.standard().withReplayView();
        LessonCatalog catalog = registry.catalog();
        model = new MainViewModel(catalog);
        model.themeProperty().set(settings.theme());
        model.fontScaleProperty().set(settings.fontScale());
        model.windowLanguage().choiceProperty().set(settings.language());
        // First start: maximised, whatever the screen (a projector is often 1280x720). Later: as it was left.
        AppSettings.WindowSize saved = settings.window();
        window = saved == null ? new WindowHost(model, registry.views(), stage, 1440, 900)
                : new WindowHost(model, registry.views(), stage, saved.width(), saved.height());
        Scene scene = window.getScene();
        stage.setMaximized(saved == null || saved.maximised());
        model.player().attachTimer();

        Map<String, String> named = getParameters().getNamed();
        String lesson = named.getOrDefault("lesson", settings.lessonId());
        if (lesson.isEmpty() || catalog.find(lesson).isEmpty()) {
            lesson = catalog.all().get(0).id();
        }
        // The window always opens: a lesson that fails to open gives way to the first one.
        if (model.openLesson(lesson).isPresent()) {
            model.openLesson(catalog.all().get(0).id());
        }
        if (named.containsKey("step")) {
            try {
                model.player().goToStep(Integer.parseInt(named.get("step")));
            } catch (NumberFormatException e) {
                // the command line checked it; a step that is not a number leaves the first one shown
            }
        }

        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.getSetup() == null ? "Wirewise"
                        : model.getSetup().lesson().title(model.languageProperty().get()) + " — Wirewise",
                model.setupProperty(), model.languageProperty()));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = WirewiseApp.class.getResourceAsStream("/org/wirewise/icons/wirewise-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        stage.setScene(scene);
        if (saved != null) {
            restoredWidth = saved.width();
            restoredHeight = saved.height();
        }
        scene.widthProperty().subscribe(w -> rememberSize());
        scene.heightProperty().subscribe(h -> rememberSize());
        stage.setOnHidden(e -> Platform.exit());
        stage.show();
        if (Boolean.parseBoolean(named.getOrDefault("present", "false"))) {
            model.presentationProperty().set(true);
        }
        if (named.containsKey("scenario")) {
            window.window().files().open(java.nio.file.Path.of(named.get("scenario"))); // a capture by its extension
        }
        if (unknownLanguage[0] != null) {
            var texts = org.wirewise.model.text.Texts.of(MainWindow.TEXTS, model.languageProperty().get());
            window.window().files().error(texts.get("language.unknown.header"), texts.get("language.unknown",
                    configFolder.resolve("settings.properties"), org.wirewise.scenario.Excerpt.cut(unknownLanguage[0]),
                    LanguageChoice.allowed()));
        }
    }

    /** Keeps the size of the window while it is neither maximised nor full screen. */
    private void rememberSize() {
        if (stage.isMaximized() || stage.isFullScreen() || stage.getScene() == null) {
            return;
        }
        restoredWidth = stage.getScene().getWidth();
        restoredHeight = stage.getScene().getHeight();
    }

    @Override
    public void stop() {
        if (model == null) {
            return;
        }
        AppSettings settings = new AppSettings(model.themeProperty().get(), model.fontScaleProperty().get(),
                model.getSetup() == null ? "" : model.getSetup().lesson().id(),
                new AppSettings.WindowSize(restoredWidth, restoredHeight, stage != null && stage.isMaximized()),
                model.windowLanguage().choiceProperty().get());
        try {
            settings.save(configFolder);
        } catch (IOException e) {
            System.err.println("wirewise: settings not saved: " + e.getMessage());
        }
        window.dispose();
    }
}
