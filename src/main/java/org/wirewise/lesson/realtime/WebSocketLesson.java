package org.wirewise.lesson.realtime;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.model.http.ws.WebSocketScenario;
import org.wirewise.model.http.ws.WebSocketSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** WebSocket: the HTTP upgrade, then frames both ways over one TCP connection. */
public final class WebSocketLesson implements Lesson<WebSocketScenario> {

    private static final String TEXTS = "org.wirewise.model.http.ws.websocket";
    /** The parameters' structure; their words are in the bundle ({@link LessonTexts}). */
    private static final ScenarioSchema<WebSocketScenario> STRUCTURE = new ScenarioSchema<>(WebSocketScenario.class,
            WebSocketScenario.DEFAULTS, List.of(
            ParameterSpec.integer("fragments", "", "frames", 1, WebSocketScenario.MAX_FRAGMENTS, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));
    private static final ScenarioSchema<WebSocketScenario> SCHEMA = LessonTexts.schema(STRUCTURE, Texts.english(TEXTS));

    @Override
    public String id() {
        return WebSocketSimulator.LESSON_ID;
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
        return Chapter.REAL_TIME;
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
    public ScenarioSchema<WebSocketScenario> schema() {
        return SCHEMA;
    }

    @Override
    public ScenarioSchema<WebSocketScenario> schema(Locale language) {
        return LessonTexts.schema(STRUCTURE, Texts.of(TEXTS, language));
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
