package org.wirewise.lesson.https;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.https.HttpsWhyScenario;
import org.wirewise.model.https.HttpsWhySimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The same HTTP request without and with TLS through a router that reads and rewrites. */
public final class HttpsWhyLesson extends TranslatedLesson<HttpsWhyScenario> {

    private static final String TEXTS = "org.wirewise.model.https.https-why";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<HttpsWhyScenario> STRUCTURE = new ScenarioSchema<>(HttpsWhyScenario.class,
            HttpsWhyScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "", "ms", 1, 1000, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, ""),
            ParameterSpec.bool("tamper", "", "")));

    public HttpsWhyLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return HttpsWhySimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.SECURITY;
    }

    @Override
    public Trace simulate(HttpsWhyScenario scenario) {
        return HttpsWhySimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(HttpsWhyScenario scenario, Progress progress, Locale language) {
        return HttpsWhySimulator.simulate(scenario, language);
    }
}
