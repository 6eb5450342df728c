package org.wirewise.lesson;

import java.util.Map;
import java.util.Objects;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ScenarioDocument;
import org.wirewise.scenario.ScenarioException;
import org.wirewise.scenario.ScenarioSchema;

/**
 * A lesson together with the scenario it runs: what a scenario file holds, what the parameter
 * panel edits and what the command line builds from {@code --scenario} and {@code --set}.
 * Immutable: an edit gives a new setup.
 */
public record LessonSetup(Lesson<?> lesson, Record scenario) {

    public LessonSetup {
        Objects.requireNonNull(lesson, "lesson");
        lesson.schema().type().cast(Objects.requireNonNull(scenario, "scenario"));
    }

    public static LessonSetup defaults(Lesson<?> lesson) {
        return new LessonSetup(lesson, lesson.schema().defaults());
    }

    /** Builds a setup from a scenario file's contents, checking every parameter. */
    public static LessonSetup fromDocument(LessonCatalog catalog, ScenarioDocument document)
            throws UnknownLessonException, ScenarioException {
        Lesson<?> lesson = catalog.require(document.lessonId());
        return new LessonSetup(lesson, lesson.schema().build(document.parameters()));
    }

    /**
     * A lesson with parameters as typed on the command line, each checked by its own spec: what a
     * "see it" question link or a step's link to another lesson opens.
     */
    public static LessonSetup of(LessonCatalog catalog, String lessonId, Map<String, String> parameters)
            throws UnknownLessonException, ScenarioException {
        LessonSetup setup = defaults(catalog.require(lessonId));
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            setup = setup.with(p.getKey(), p.getValue());
        }
        return setup;
    }

    /** The same setup with one parameter set from text ("rttMs", "120"). */
    public LessonSetup with(String key, String text) throws ScenarioException {
        return new LessonSetup(lesson, withText(lesson.schema(), scenario, key, text));
    }

    /** The same, {@code text} typed in the window in {@code language} ("12,5" in Spanish). */
    public LessonSetup with(String key, String text, java.util.Locale language) throws ScenarioException {
        return new LessonSetup(lesson, withText(lesson.schema(), scenario, key, text, language));
    }

    /** The same setup with one parameter set to a typed value. */
    public LessonSetup withValue(String key, Object value) throws ScenarioException {
        return new LessonSetup(lesson, withTyped(lesson.schema(), scenario, key, value));
    }

    public Map<String, Object> values() {
        return valuesOf(lesson.schema(), scenario);
    }

    public ScenarioDocument toDocument() {
        return new ScenarioDocument(lesson.id(), values());
    }

    public Trace simulate() {
        return simulate(Progress.NONE);
    }

    /** Roughly how many simulated packets this scenario costs; see {@link Lesson#estimatedWork}. */
    public long estimatedWork() {
        return estimated(lesson, scenario);
    }

    private static <S extends Record> long estimated(Lesson<S> lesson, Record scenario) {
        return lesson.estimatedWork(lesson.schema().type().cast(scenario));
    }

    /** Simulates, reporting to {@code progress}, which may cancel by throwing CancellationException. */
    public Trace simulate(Progress progress) {
        return lesson.simulateRecord(scenario, progress);
    }

    /** Simulates with the trace's texts in {@code language}; see Lesson.simulate with a language. */
    public Trace simulate(Progress progress, java.util.Locale language) {
        return lesson.simulateRecord(scenario, progress, language);
    }

    private static <S extends Record> S withText(ScenarioSchema<S> schema, Record base, String key, String text)
            throws ScenarioException {
        return schema.with(schema.type().cast(base), key, text);
    }

    private static <S extends Record> S withText(ScenarioSchema<S> schema, Record base, String key, String text,
                                                 java.util.Locale language) throws ScenarioException {
        return schema.with(schema.type().cast(base), key, text, language);
    }

    private static <S extends Record> S withTyped(ScenarioSchema<S> schema, Record base, String key, Object value)
            throws ScenarioException {
        return schema.withValue(schema.type().cast(base), key, value);
    }

    private static <S extends Record> Map<String, Object> valuesOf(ScenarioSchema<S> schema, Record scenario) {
        return schema.values(schema.type().cast(scenario));
    }
}
