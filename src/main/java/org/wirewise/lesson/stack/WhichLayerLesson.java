package org.wirewise.lesson.stack;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.stack.WhichLayerQuiz;
import org.wirewise.model.stack.WhichLayerScenario;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The protocol stack chapter's "which layer?" check. */
public final class WhichLayerLesson implements Lesson<WhichLayerScenario> {

    private static final ScenarioSchema<WhichLayerScenario> SCHEMA = new ScenarioSchema<>(WhichLayerScenario.class,
            WhichLayerScenario.DEFAULTS, List.of(
            ParameterSpec.integer("questions", "Questions", "", WhichLayerQuiz.MIN_QUESTIONS,
                    WhichLayerQuiz.available(), "How many questions to ask."),
            ParameterSpec.choice("order", "Order", List.of("chapter", "shuffled"),
                    "In the chapter's order, or shuffled by the seed."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds the shuffle: the same seed asks the same questions in the same order.")));

    @Override
    public String id() {
        return WhichLayerQuiz.LESSON_ID;
    }

    @Override
    public String title() {
        return "Which layer? (check)";
    }

    @Override
    public Chapter chapter() {
        return Chapter.PROTOCOL_STACK;
    }

    @Override
    public String summary() {
        return "A short check on the chapter: which layer each device, protocol and balancer works at, with the "
                + "answers explained.";
    }

    @Override
    public ScenarioSchema<WhichLayerScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(WhichLayerScenario scenario) {
        return WhichLayerQuiz.simulate(scenario);
    }
}
