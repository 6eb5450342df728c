package org.wirewise.ui.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.wirewise.model.text.Texts;

/**
 * What the window's presentation models ({@link MainViewModel}, {@link CompareModel}) tell the user
 * when a command cannot be done, in the window's language at the moment it is said (app bundle,
 * keys {@code message.*}).
 */
final class WindowMessages {

    private final Supplier<Locale> language;

    WindowMessages(Supplier<Locale> language) {
        this.language = language;
    }

    private String get(String key, Object... args) {
        return Texts.of(MainWindow.TEXTS, language.get()).get(key, args);
    }

    String noLesson() {
        return get("message.noLesson");
    }

    String compareOff() {
        return get("message.compareOff");
    }

    String sideBOfAnotherLesson() {
        return get("message.sideBOfAnotherLesson");
    }

    /** A scenario could not be written; {@code reason} is the file system's. */
    String cannotSave(Path file, String reason) {
        return get("message.cannotSave", file.toString(), reason);
    }

    /** A capture could not be written; {@code reason} is the file system's. */
    String cannotExport(Path file, String reason) {
        return get("message.cannotExport", file.toString(), reason);
    }

    String noCapturePoint(String lane) {
        return get("message.noCapturePoint", lane);
    }

    /** What to tell the user when a simulation threw: a parameter combination it refuses, or a fault. */
    String cannotSimulate(Throwable thrown) {
        return thrown instanceof IllegalArgumentException
                ? get("message.cannotSimulate", String.valueOf(thrown.getMessage()))
                : get("message.simulationFailed", thrown.toString());
    }
}
