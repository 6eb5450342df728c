package org.wirewise.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.wirewise.scenario.AtomicFiles;

/**
 * What Wirewise remembers between runs (theme, type scale, last lesson, window size), kept in a small
 * properties file in the user's configuration folder and written atomically. A missing or
 * damaged file gives the defaults; it never stops the app from starting.
 *
 * @param theme     colour theme
 * @param fontScale type scale, 0.8 to 2.0
 * @param lessonId  the lesson open when the app last closed, or empty
 * @param window    the window's size when the app last closed; null before the first close
 * @param language  the window's language: the system's, or one chosen in the View menu
 */
public record AppSettings(Theme theme, double fontScale, String lessonId, WindowSize window, LanguageChoice language) {

    /** A window's size in pixels, and whether it was maximised. */
    public record WindowSize(double width, double height, boolean maximised) {
        static final double MIN = 400;
        static final double MAX = 20_000;

        /** A size worth restoring: not degenerate, not absurd. */
        boolean plausible() {
            return width >= MIN && height >= MIN && width <= MAX && height <= MAX;
        }
    }

    public AppSettings(Theme theme, double fontScale, String lessonId) {
        this(theme, fontScale, lessonId, null);
    }

    public AppSettings(Theme theme, double fontScale, String lessonId, WindowSize window) {
        this(theme, fontScale, lessonId, window, LanguageChoice.SYSTEM);
    }

    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.0;
    public static final AppSettings DEFAULTS = new AppSettings(Theme.LIGHT, 1.0, "");

    public AppSettings {
        fontScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, fontScale));
        lessonId = lessonId == null ? "" : lessonId;
        window = window == null || !window.plausible() ? null : window;
        language = language == null ? LanguageChoice.SYSTEM : language;
    }

    public AppSettings withTheme(Theme t) {
        return new AppSettings(t, fontScale, lessonId, window, language);
    }

    public AppSettings withFontScale(double s) {
        return new AppSettings(theme, s, lessonId, window, language);
    }

    public AppSettings withWindow(WindowSize w) {
        return new AppSettings(theme, fontScale, lessonId, w, language);
    }

    public AppSettings withLanguage(LanguageChoice l) {
        return new AppSettings(theme, fontScale, lessonId, window, l);
    }

    public AppSettings withLesson(String id) {
        return new AppSettings(theme, fontScale, id, window, language);
    }

    /** The configuration folder ({@link org.wirewise.scenario.SettingsFolder}, shared with the command line). */
    public static Path defaultFolder() {
        return org.wirewise.scenario.SettingsFolder.standard();
    }

    public static AppSettings load(Path folder) {
        return load(folder, message -> { });
    }

    /**
     * The settings in {@code folder}; a language Wirewise does not have gives the system's, and
     * {@code unknownLanguage} receives the value as the file wrote it, for the window to say so.
     */
    public static AppSettings load(Path folder, java.util.function.Consumer<String> unknownLanguage) {
        Path file = folder.resolve("settings.properties");
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULTS;
        }
        Theme theme = Theme.parse(p.getProperty("theme"));
        double scale;
        try {
            scale = Double.parseDouble(p.getProperty("fontScale", "1"));
        } catch (NumberFormatException e) {
            scale = 1;
        }
        String language = p.getProperty("language", LanguageChoice.SYSTEM.setting());
        LanguageChoice choice = LanguageChoice.parse(language).orElse(null);
        if (choice == null) {
            unknownLanguage.accept(language);
        }
        return new AppSettings(theme == null ? Theme.LIGHT : theme, Double.isFinite(scale) ? scale : 1,
                p.getProperty("lesson", ""), window(p), choice);
    }

    /** The saved window size, or null when there is none or it does not read as one. */
    private static WindowSize window(Properties p) {
        try {
            String w = p.getProperty("windowWidth");
            String h = p.getProperty("windowHeight");
            return w == null || h == null ? null : new WindowSize(Double.parseDouble(w), Double.parseDouble(h),
                    Boolean.parseBoolean(p.getProperty("windowMaximised", "false")));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void save(Path folder) throws IOException {
        Properties p = new Properties();
        p.setProperty("theme", theme.name().toLowerCase(java.util.Locale.ROOT));
        p.setProperty("fontScale", Double.toString(fontScale));
        p.setProperty("lesson", lessonId);
        p.setProperty("language", language.setting());
        if (window != null) {
            p.setProperty("windowWidth", Double.toString(window.width()));
            p.setProperty("windowHeight", Double.toString(window.height()));
            p.setProperty("windowMaximised", Boolean.toString(window.maximised()));
        }
        Files.createDirectories(folder); // the settings folder is ours to make; AtomicFiles makes none
        AtomicFiles.write(folder.resolve("settings.properties"), out -> p.store(out, "Wirewise settings"));
    }
}
