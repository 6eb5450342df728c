package org.wirewise.lesson.realtime;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.http.sse.SseAndPollingScenario;
import org.wirewise.model.http.sse.SseAndPollingSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** One ticker delivered by short polling, long polling, SSE (with and without Last-Event-ID) and WebSocket. */
public final class SseAndPollingLesson extends TranslatedLesson<SseAndPollingScenario> {

    private static final String TEXTS = "org.wirewise.model.http.sse.sse-and-polling";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<SseAndPollingScenario> STRUCTURE = new ScenarioSchema<>(SseAndPollingScenario.class,
            SseAndPollingScenario.DEFAULTS, List.of(
            ParameterSpec.integer("pollIntervalMs", "", "ms", 250, 30_000, ""),
            ParameterSpec.integer("eventsPerMinute", "", "per minute", 6, 300, ""),
            ParameterSpec.integer("longPollTimeoutMs", "", "ms", 1000, 60_000, ""),
            ParameterSpec.integer("retryMs", "", "ms", 100, 30_000, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public SseAndPollingLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return SseAndPollingSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.REAL_TIME;
    }

    @Override
    public Trace simulate(SseAndPollingScenario scenario) {
        return SseAndPollingSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(SseAndPollingScenario scenario, Progress progress, Locale language) {
        return SseAndPollingSimulator.simulate(scenario, language);
    }
}
