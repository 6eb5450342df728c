package org.wirewise.lesson.realtime;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.http.sse.SseAndPollingScenario;
import org.wirewise.model.http.sse.SseAndPollingSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** One ticker delivered by short polling, long polling, SSE (with and without Last-Event-ID) and WebSocket. */
public final class SseAndPollingLesson implements Lesson<SseAndPollingScenario> {

    private static final ScenarioSchema<SseAndPollingScenario> SCHEMA = new ScenarioSchema<>(SseAndPollingScenario.class,
            SseAndPollingScenario.DEFAULTS, List.of(
            ParameterSpec.integer("pollIntervalMs", "Poll interval", "ms", 250, 30_000,
                    "How often the short-polling page asks for news. Shorter means less delay and more empty answers."),
            ParameterSpec.integer("eventsPerMinute", "Event rate", "per minute", 6, 300,
                    "How many price updates the ticker publishes a minute on average (a Poisson stream drawn from the seed)."),
            ParameterSpec.integer("longPollTimeoutMs", "Long-poll timeout", "ms", 1000, 60_000,
                    "How long the long-polling server holds a request with nothing new before answering 204."),
            ParameterSpec.integer("retryMs", "SSE retry", "ms", 100, 30_000,
                    "The reconnection time the SSE server sends in its retry: field; the browser waits this long "
                            + "after the stream ends before it connects again."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds the ticker's times and prices and every TCP number. The same seed always gives the same bytes.")));

    @Override
    public String id() {
        return SseAndPollingSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "SSE and polling";
    }

    @Override
    public Chapter chapter() {
        return Chapter.REAL_TIME;
    }

    @Override
    public String summary() {
        return "The same price ticker by short polling, long polling, Server-Sent Events and WebSocket: requests, "
                + "bytes of overhead and delay per event measured from the capture, and SSE's Last-Event-ID "
                + "replaying what a dropped stream missed.";
    }

    @Override
    public ScenarioSchema<SseAndPollingScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(SseAndPollingScenario scenario) {
        return SseAndPollingSimulator.simulate(scenario);
    }
}
