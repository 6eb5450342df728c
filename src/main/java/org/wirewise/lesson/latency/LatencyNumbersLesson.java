package org.wirewise.lesson.latency;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.model.latency.LatencyNumbersExplainer;
import org.wirewise.model.latency.LatencyNumbersScenario;
import org.wirewise.model.latency.LatencyTier;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The latency numbers every designer should know, on one log scale, each tied to a design consequence. */
public final class LatencyNumbersLesson implements Lesson<LatencyNumbersScenario> {

    private static final String TEXTS = "org.wirewise.model.latency.latency-numbers";
    /** The view edits it; its words (English here) come from the bundle in each language. */
    public static final ParameterSpec TIER = ParameterSpec.choice("tier", "Chatty calls go to",
            LatencyTier.networkKeys(), "Where the chatty service's calls go. In the scale, click a network row to choose it.");

    private static final ScenarioSchema<LatencyNumbersScenario> STRUCTURE = new ScenarioSchema<>(
            LatencyNumbersScenario.class, LatencyNumbersScenario.DEFAULTS, List.of(
            ParameterSpec.integer("calls", "", "", 1, 1000, ""), TIER));
    private static final ScenarioSchema<LatencyNumbersScenario> SCHEMA =
            LessonTexts.schema(STRUCTURE, Texts.english(TEXTS));

    @Override
    public String id() {
        return LatencyNumbersExplainer.LESSON_ID;
    }

    @Override
    public String title() {
        return title(Locale.ENGLISH);
    }

    @Override
    public String title(Locale language) {
        return LessonTexts.title(Texts.of(TEXTS, language));
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public String summary() {
        return summary(Locale.ENGLISH);
    }

    @Override
    public String summary(Locale language) {
        return LessonTexts.summary(Texts.of(TEXTS, language));
    }

    @Override
    public ScenarioSchema<LatencyNumbersScenario> schema() {
        return SCHEMA;
    }

    @Override
    public ScenarioSchema<LatencyNumbersScenario> schema(Locale language) {
        return LessonTexts.schema(STRUCTURE, Texts.of(TEXTS, language));
    }

    @Override
    public Trace simulate(LatencyNumbersScenario scenario) {
        return LatencyNumbersExplainer.explain(scenario);
    }

    @Override
    public Trace simulate(LatencyNumbersScenario scenario, Progress progress, Locale language) {
        return LatencyNumbersExplainer.explain(scenario, language);
    }
}
