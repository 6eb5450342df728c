package org.wirewise.ui.app;

import java.util.Locale;
import java.util.Optional;
import org.wirewise.model.text.Texts;

/**
 * The window's language as the settings keep it: the system's (Spanish on a Spanish system, else
 * English), or one named outright. Each language is named in itself, so a reader who does not
 * understand the current one still finds their own.
 */
public enum LanguageChoice {
    SYSTEM("system", null),
    ENGLISH("en", "English"),
    SPANISH("es", "Español");

    private final String setting;
    private final String ownName;

    LanguageChoice(String setting, String ownName) {
        this.setting = setting;
        this.ownName = ownName;
    }

    /** How the settings file writes it: "system", "en", "es". */
    public String setting() {
        return setting;
    }

    /** The language to show now; the system's is read when asked, so a changed system locale counts. */
    public Locale locale() {
        return switch (this) {
            case SYSTEM -> Texts.supported(Locale.getDefault());
            case ENGLISH -> Locale.ENGLISH;
            case SPANISH -> Texts.LANGUAGES.get(1);
        };
    }

    /** The menu's name of it: a language in itself, the system's in {@code shown} (the window's language). */
    public String displayName(Texts shown) {
        return ownName != null ? ownName : shown.get("language.system", locale().getDisplayLanguage(locale()));
    }

    /** The choice a settings value names, or empty when it names none (an unknown language). */
    public static Optional<LanguageChoice> parse(String setting) {
        for (LanguageChoice c : values()) {
            if (c.setting.equalsIgnoreCase(setting == null ? "" : setting.strip())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** What the settings file may say, for a message refusing another value. */
    public static String allowed() {
        return String.join(", ", java.util.Arrays.stream(values()).map(LanguageChoice::setting).toList());
    }
}
