package org.wirewise.lesson.stack;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.stack.WhichLayerQuiz;
import org.wirewise.model.stack.WhichLayerScenario;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The protocol stack chapter's "which layer?" check. */
public final class WhichLayerLesson extends TranslatedLesson<WhichLayerScenario> {

    private static final String TEXTS = "org.wirewise.model.stack.which-layer";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<WhichLayerScenario> STRUCTURE = new ScenarioSchema<>(WhichLayerScenario.class,
            WhichLayerScenario.DEFAULTS, List.of(
            ParameterSpec.integer("questions", "", "", WhichLayerQuiz.MIN_QUESTIONS,
                    WhichLayerQuiz.available(), ""),
            ParameterSpec.choice("order", "", List.of("chapter", "shuffled"), ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public WhichLayerLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return WhichLayerQuiz.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.PROTOCOL_STACK;
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

