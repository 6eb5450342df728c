package org.wirewise.lesson.stack;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.stack.WhichLayerQuiz;
import org.wirewise.model.stack.WhichLayerScenario;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The protocol stack chapter's "which layer?" check. */
public final class WhichLayerLesson implements Lesson<WhichLayerScenario> {

    private static final String TEXTS = "org.wirewise.model.stack.which-layer";
    /** The parameters' structure; their words are in the bundle ({@link LessonTexts}). */
    private static final ScenarioSchema<WhichLayerScenario> STRUCTURE = new ScenarioSchema<>(WhichLayerScenario.class,
            WhichLayerScenario.DEFAULTS, List.of(
            ParameterSpec.integer("questions", "", "", WhichLayerQuiz.MIN_QUESTIONS,
                    WhichLayerQuiz.available(), ""),
            ParameterSpec.choice("order", "", List.of("chapter", "shuffled"), ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));
    private static final ScenarioSchema<WhichLayerScenario> SCHEMA = LessonTexts.schema(STRUCTURE, Texts.english(TEXTS));

    @Override
    public String id() {
        return WhichLayerQuiz.LESSON_ID;
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
        return Chapter.PROTOCOL_STACK;
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
    public ScenarioSchema<WhichLayerScenario> schema() {
        return SCHEMA;
    }

    @Override
    public ScenarioSchema<WhichLayerScenario> schema(Locale language) {
        return LessonTexts.schema(STRUCTURE, Texts.of(TEXTS, language));
    }

    @Override
    public Trace simulate(WhichLayerScenario scenario) {
        return WhichLayerQuiz.simulate(scenario);
    }

    @Override
    public Trace simulate(WhichLayerScenario scenario, Progress progress, Locale language) {
        return WhichLayerQuiz.simulate(scenario, language);
    }
}

