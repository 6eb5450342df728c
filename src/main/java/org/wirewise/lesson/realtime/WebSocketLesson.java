package org.wirewise.lesson.realtime;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.http.ws.WebSocketScenario;
import org.wirewise.model.http.ws.WebSocketSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** WebSocket: the HTTP upgrade, then frames both ways over one TCP connection. */
public final class WebSocketLesson extends TranslatedLesson<WebSocketScenario> {

    private static final String TEXTS = "org.wirewise.model.http.ws.websocket";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<WebSocketScenario> STRUCTURE = new ScenarioSchema<>(WebSocketScenario.class,
            WebSocketScenario.DEFAULTS, List.of(
            ParameterSpec.integer("fragments", "", "frames", 1, WebSocketScenario.MAX_FRAGMENTS, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public WebSocketLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return WebSocketSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.REAL_TIME;
    }

    @Override
    public Trace simulate(WebSocketScenario scenario) {
        return WebSocketSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(WebSocketScenario scenario, Progress progress, Locale language) {
        return WebSocketSimulator.simulate(scenario, language);
    }
}
