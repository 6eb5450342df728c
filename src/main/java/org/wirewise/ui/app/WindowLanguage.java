package org.wirewise.ui.app;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's language: the choice the settings keep (the system's, English, Español) and the
 * language it gives the view model. A change of language re-runs what the window shows in it (see
 * {@link MainViewModel}); the window's own words follow when its content is rebuilt
 * ({@link WindowHost}).
 */
public final class WindowLanguage {

    private final ObjectProperty<LanguageChoice> choice = new SimpleObjectProperty<>(this, "choice",
            LanguageChoice.ENGLISH);
    private final ObjectProperty<Locale> language;

    /**
     * @param language   the view model's language, which lessons are simulated in
     * @param simulateIn re-runs the window's lesson (and side B) once the language has changed
     */
    WindowLanguage(ObjectProperty<Locale> language, Runnable simulateIn) {
        this.language = language;
        choice.subscribe(c -> language.set(c.locale()));
        language.addListener((obs, was, now) -> {
            if (!Objects.equals(was, now)) {
                // A language set outright (render --language, a test) shows as that language's choice.
                if (!now.equals(choice.get().locale())) {
                    choice.set(now.getLanguage().equals("es") ? LanguageChoice.SPANISH : LanguageChoice.ENGLISH);
                }
                simulateIn.run();
            }
        });
    }

    /** What the settings keep and the View menu shows selected. */
    public ObjectProperty<LanguageChoice> choiceProperty() {
        return choice;
    }

    public Locale language() {
        return language.get();
    }
}
