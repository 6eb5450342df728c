package org.wirewise.lesson.realtime;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.realtime.ChoiceScenario;
import org.wirewise.model.realtime.ChoiceSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Which of REST polling, long polling, SSE, WebSocket or gRPC fits a set of requirements, and why. */
public final class ChooseRealtimeLesson extends TranslatedLesson<ChoiceScenario> {

    private static final String TEXTS = "org.wirewise.model.realtime.choose-realtime";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<ChoiceScenario> STRUCTURE = new ScenarioSchema<>(ChoiceScenario.class,
            ChoiceScenario.DEFAULTS, List.of(
            ParameterSpec.choice("direction", "", List.of("server-to-client", "both"), ""),
            ParameterSpec.integer("updatesPerMinute", "", "per minute", 1, ChoiceScenario.MAX_RATE, ""),
            ParameterSpec.bool("browser", "", ""),
            ParameterSpec.bool("proxies", "", ""),
            ParameterSpec.bool("binary", "", "")));

    public ChooseRealtimeLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return ChoiceSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.REAL_TIME;
    }

    @Override
    public Trace simulate(ChoiceScenario scenario) {
        return ChoiceSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(ChoiceScenario scenario, Progress progress, Locale language) {
        return ChoiceSimulator.simulate(scenario, language);
    }
}
