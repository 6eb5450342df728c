package org.wirewise.lesson.realtime;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.realtime.ChoiceScenario;
import org.wirewise.model.realtime.ChoiceSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Which of REST polling, long polling, SSE, WebSocket or gRPC fits a set of requirements, and why. */
public final class ChooseRealtimeLesson implements Lesson<ChoiceScenario> {

    private static final ScenarioSchema<ChoiceScenario> SCHEMA = new ScenarioSchema<>(ChoiceScenario.class,
            ChoiceScenario.DEFAULTS, List.of(
            ParameterSpec.choice("direction", "Direction", List.of("server-to-client", "both"),
                    "Who sends updates: only the server (prices, notifications), or both sides (chat, games)."),
            ParameterSpec.integer("updatesPerMinute", "Updates", "per minute", 1, ChoiceScenario.MAX_RATE,
                    "How often an update happens."),
            ParameterSpec.bool("browser", "Browser clients", "Browsers are among the clients."),
            ParameterSpec.bool("proxies", "Through proxies",
                    "Traffic must cross proxies or middleboxes that only know plain HTTP/1.1 (corporate networks)."),
            ParameterSpec.bool("binary", "Binary payloads", "The messages are binary rather than text.")));

    @Override
    public String id() {
        return ChoiceSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Choosing real-time";
    }

    @Override
    public Chapter chapter() {
        return Chapter.REAL_TIME;
    }

    @Override
    public String summary() {
        return "Given the direction, frequency, browsers, proxies and binary payloads, which of REST polling, long "
                + "polling, SSE, WebSocket or gRPC fits, and why, each linked to the lesson that shows it.";
    }

    @Override
    public ScenarioSchema<ChoiceScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(ChoiceScenario scenario) {
        return ChoiceSimulator.simulate(scenario);
    }
}
