package org.wirewise.lesson;

import java.util.Locale;
import java.util.Objects;

import org.wirewise.model.text.Texts;
import org.wirewise.scenario.ScenarioSchema;

/**
 * A lesson whose catalogue words (title, summary, parameter labels and descriptions) come from its
 * texts bundle in every language, while the schema's structure stays in code. Subclasses name the
 * bundle and the structure once; the English schema is built once and kept, as the command line,
 * the exporters and the scenario files ask for it often.
 *
 * @param <S> the scenario record
 */
public abstract class TranslatedLesson<S extends Record> implements Lesson<S> {

    private final String texts;
    private final ScenarioSchema<S> structure;
    private final Words<S> words;
    private final ScenarioSchema<S> english;

    /** How a lesson puts words on its structure in a language; the TCP lessons share some words. */
    @FunctionalInterface
    protected interface Words<S extends Record> {
        ScenarioSchema<S> schema(ScenarioSchema<S> structure, Locale language);
    }

    /**
     * @param texts     the bundle's base name ("org.wirewise.model.nat.nat-table")
     * @param structure the parameters with their keys, units and limits; its words are ignored
     */
    protected TranslatedLesson(String texts, ScenarioSchema<S> structure) {
        this(texts, structure, (s, language) -> LessonTexts.schema(s, Texts.of(texts, language)));
    }

    /** As above, with the parameters' words put on by {@code words} rather than read from {@code texts}. */
    protected TranslatedLesson(String texts, ScenarioSchema<S> structure, Words<S> words) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.structure = Objects.requireNonNull(structure, "structure");
        this.words = Objects.requireNonNull(words, "words");
        this.english = words.schema(structure, Locale.ENGLISH);
    }

    @Override
    public final String title() {
        return title(Locale.ENGLISH);
    }

    @Override
    public final String title(Locale language) {
        return LessonTexts.title(Texts.of(texts, language));
    }

    @Override
    public final String summary() {
        return summary(Locale.ENGLISH);
    }

    @Override
    public final String summary(Locale language) {
        return LessonTexts.summary(Texts.of(texts, language));
    }

    @Override
    public final ScenarioSchema<S> schema() {
        return english;
    }

    @Override
    public final ScenarioSchema<S> schema(Locale language) {
        return Texts.supported(language).equals(Locale.ENGLISH) ? english
                : words.schema(structure, language);
    }
}
