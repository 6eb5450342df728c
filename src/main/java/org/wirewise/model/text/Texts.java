package org.wirewise.model.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentences of one part of the app in one language: a properties bundle beside its code
 * ({@code bdp.properties} in English, {@code bdp_es.properties} in Spanish), each value a
 * {@link MessageFormat} pattern filled in with the language's number formats.
 *
 * <p>Bundles are read directly rather than through {@code ResourceBundle.getBundle}, whose lookup
 * falls back to the system's language: on a Spanish system asking for English would give Spanish.
 * Patterns always go through MessageFormat, so an apostrophe is written {@code ''} everywhere
 * ({@code TextBundlesTest} refuses a single one, which MessageFormat would swallow).
 */
public final class Texts {

    /** The languages shipped complete, English first: the language of the code, the CLI and the tests. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private static final Map<String, Optional<ResourceBundle>> LOADED = new ConcurrentHashMap<>();

    private final String baseName;
    private final Locale language;
    private final ResourceBundle bundle;
    private final ResourceBundle english;

    private Texts(String baseName, Locale language) {
        this.baseName = baseName;
        this.language = language;
        this.english = load(baseName, Locale.ENGLISH).orElseThrow(() -> new MissingResourceException(
                "no bundle " + baseName, baseName, ""));
        this.bundle = load(baseName, language).orElse(english);
    }

    /**
     * The bundle {@code baseName} ("org.wirewise.model.latency.bdp") in the shipped language
     * nearest to {@code language}: Spanish for any Spanish locale, English otherwise.
     */
    public static Texts of(String baseName, Locale language) {
        return new Texts(Objects.requireNonNull(baseName, "baseName"), supported(language));
    }

    /** English texts: the language of the command line, exports and tests. */
    public static Texts english(String baseName) {
        return of(baseName, Locale.ENGLISH);
    }

    /** The shipped language nearest to {@code requested}: its language if shipped, else English. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        for (Locale l : LANGUAGES) {
            if (l.getLanguage().equals(requested.getLanguage())) {
                return l;
            }
        }
        return Locale.ENGLISH;
    }

    public Locale language() {
        return language;
    }

    public String baseName() {
        return baseName;
    }

    /**
     * The text under {@code key} with {@code args} filled in. A key missing in this language falls
     * back to English (the bundle test fails on it); a key missing in English is a programming error.
     */
    public String get(String key, Object... args) {
        String pattern = pattern(key);
        return new MessageFormat(pattern, language).format(args == null ? new Object[0] : args);
    }

    /** Whether the bundle has {@code key} (in English, which every language must match). */
    public boolean has(String key) {
        return english.containsKey(key);
    }

    /** A number with exactly {@code decimals} digits after the language's decimal mark, not grouped. */
    public String decimal(double value, int decimals) {
        return String.format(language, "%." + decimals + "f", value);
    }

    /** The same texts in another language. */
    public Texts in(Locale other) {
        return of(baseName, other);
    }

    private String pattern(String key) {
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        if (english.containsKey(key)) {
            return english.getString(key);
        }
        throw new MissingResourceException("no text " + key + " in " + baseName, baseName, key);
    }

    /** The bundle file for one language, read once; empty when that language has none. */
    static Optional<ResourceBundle> load(String baseName, Locale language) {
        String path = "/" + baseName.replace('.', '/')
                + (language.getLanguage().equals("en") ? "" : "_" + language.getLanguage()) + ".properties";
        return LOADED.computeIfAbsent(path, Texts::read);
    }

    private static Optional<ResourceBundle> read(String path) {
        try (InputStream in = Texts.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new PropertyResourceBundle(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
