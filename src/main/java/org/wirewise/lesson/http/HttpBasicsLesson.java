package org.wirewise.lesson.http;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.http.HttpBasicsScenario;
import org.wirewise.model.http.HttpBasicsSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** HTTP/1.1 anatomy: request and status lines, fields, framing, methods, and a real exchange for each status class. */
public final class HttpBasicsLesson extends TranslatedLesson<HttpBasicsScenario> {

    private static final String TEXTS = "org.wirewise.model.http.http-basics";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<HttpBasicsScenario> STRUCTURE = new ScenarioSchema<>(HttpBasicsScenario.class,
            HttpBasicsScenario.DEFAULTS, List.of(
            ParameterSpec.choice("framing", "", List.of("content-length", "chunked"), ""),
            ParameterSpec.integer("chunkSize", "", "bytes", 16, 4096, ""),
            ParameterSpec.decimal("rttMs", "", "ms", 1, 500, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public HttpBasicsLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return HttpBasicsSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.HTTP;
    }

    @Override
    public Trace simulate(HttpBasicsScenario scenario) {
        return HttpBasicsSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(HttpBasicsScenario scenario, Progress progress, Locale language) {
        return HttpBasicsSimulator.simulate(scenario, language);
    }
}
