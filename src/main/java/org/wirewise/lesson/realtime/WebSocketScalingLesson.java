package org.wirewise.lesson.realtime;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.realtime.ScalingScenario;
import org.wirewise.model.realtime.ScalingSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** WebSockets at scale: sticky balancing, a pub/sub backbone, drains and deaths, idle costs, backoff and herds. */
public final class WebSocketScalingLesson extends TranslatedLesson<ScalingScenario> {

    private static final String TEXTS = "org.wirewise.model.realtime.websocket-scaling";
    /** The parameters' structure; their words, word units ("servers") included, are in the bundle. */
    private static final ScenarioSchema<ScalingScenario> STRUCTURE = new ScenarioSchema<>(ScalingScenario.class,
            ScalingScenario.DEFAULTS, List.of(
            ParameterSpec.integer("servers", "", "", ScalingScenario.MIN_SERVERS, ScalingScenario.MAX_SERVERS, ""),
            ParameterSpec.choice("stickiness", "", List.of("ip-hash", "cookie"), ""),
            ParameterSpec.integer("connections", "", "", 1, ScalingScenario.MAX_CONNECTIONS, ""),
            ParameterSpec.integer("appKib", "", "KiB", 0, 1024, ""),
            ParameterSpec.integer("herdClients", "", "", 1, ScalingScenario.MAX_HERD, ""),
            ParameterSpec.integer("acceptsPer100ms", "", "", 1, ScalingScenario.MAX_HERD, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public WebSocketScalingLesson() {
        super(TEXTS, STRUCTURE, (structure, language) -> LessonTexts.schemaWithUnits(structure,
                Texts.of(TEXTS, language)));
    }

    @Override
    public String id() {
        return ScalingSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.REAL_TIME;
    }

    @Override
    public Trace simulate(ScalingScenario scenario) {
        return ScalingSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(ScalingScenario scenario, Progress progress, Locale language) {
        return ScalingSimulator.simulate(scenario, language);
    }
}
