package org.wirewise.lesson;

import org.wirewise.model.text.Texts;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/**
 * A lesson's catalogue words from its bundle: {@code lesson.title}, {@code lesson.summary} and, per
 * parameter, {@code param.KEY.label} and {@code param.KEY.help}. The schema's structure (keys, limits,
 * units, choices) stays in code; only the words come from the bundle, in each language.
 */
public final class LessonTexts {

    private LessonTexts() {
    }

    /** {@code structure} with every parameter's label and description read from {@code texts}. */
    public static <S extends Record> ScenarioSchema<S> schema(ScenarioSchema<S> structure, Texts texts) {
        return structure.relabelled(p -> new ParameterSpec(p.key(), texts.get("param." + p.key() + ".label"),
                texts.get("param." + p.key() + ".help"), p.unit(), p.kind(), p.min(), p.max(), p.choices()));
    }

    /**
     * As {@link #schema}, and a parameter's unit from {@code param.KEY.unit} where the bundle has one: a unit
     * that is a word ("servers", "per algorithm") rather than a symbol (ms, Mb/s, the same in every language).
     */
    public static <S extends Record> ScenarioSchema<S> schemaWithUnits(ScenarioSchema<S> structure, Texts texts) {
        return new ScenarioSchema<>(structure.type(), structure.defaults(), structure.parameters().stream()
                .map(p -> new ParameterSpec(p.key(), texts.get("param." + p.key() + ".label"),
                        texts.get("param." + p.key() + ".help"), texts.has("param." + p.key() + ".unit")
                        ? texts.get("param." + p.key() + ".unit") : p.unit(), p.kind(), p.min(), p.max(), p.choices()))
                .toList());
    }

    public static String title(Texts texts) {
        return texts.get("lesson.title");
    }

    public static String summary(Texts texts) {
        return texts.get("lesson.summary");
    }
}
