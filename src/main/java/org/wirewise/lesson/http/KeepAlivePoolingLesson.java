package org.wirewise.lesson.http;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.http.KeepAliveScenario;
import org.wirewise.model.http.KeepAliveSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The same requests over new connections, one kept-alive connection, a client pool and six browser connections. */
public final class KeepAlivePoolingLesson extends TranslatedLesson<KeepAliveScenario> {

    private static final String TEXTS = "org.wirewise.model.http.keep-alive-pooling";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<KeepAliveScenario> STRUCTURE = new ScenarioSchema<>(KeepAliveScenario.class,
            KeepAliveScenario.DEFAULTS, List.of(
            ParameterSpec.integer("requests", "", "", 2, 60, ""),
            ParameterSpec.integer("poolSize", "", "connections", 1, 16, ""),
            ParameterSpec.decimal("poolIdleSeconds", "", "s", 0.5, 30, ""),
            ParameterSpec.decimal("rttMs", "", "ms", 1, 500, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public KeepAlivePoolingLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return KeepAliveSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.HTTP;
    }

    @Override
    public Trace simulate(KeepAliveScenario scenario) {
        return KeepAliveSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(KeepAliveScenario scenario, Progress progress, Locale language) {
        return KeepAliveSimulator.simulate(scenario, language);
    }
}
