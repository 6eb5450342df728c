package org.wirewise.lesson.http;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.http.KeepAliveScenario;
import org.wirewise.model.http.KeepAliveSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The same requests over new connections, one kept-alive connection, a client pool and six browser connections. */
public final class KeepAlivePoolingLesson implements Lesson<KeepAliveScenario> {

    private static final ScenarioSchema<KeepAliveScenario> SCHEMA = new ScenarioSchema<>(KeepAliveScenario.class,
            KeepAliveScenario.DEFAULTS, List.of(
            ParameterSpec.integer("requests", "Requests", "", 2, 60,
                    "How many GETs each way of connecting sends."),
            ParameterSpec.integer("poolSize", "Pool size", "connections", 1, 16,
                    "The most connections the client pool opens; requests beyond it wait in the pool's queue."),
            ParameterSpec.decimal("poolIdleSeconds", "Pool idle timeout", "s", 0.5, 30,
                    "How long the pool keeps an idle connection before closing it itself."),
            ParameterSpec.decimal("rttMs", "Round-trip time", "ms", 1, 500,
                    "Round trip between the client and the API server."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds TCP's sequence numbers and the ephemeral ports. The same seed always gives the same bytes.")));

    @Override
    public String id() {
        return KeepAliveSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Keep-alive and pooling";
    }

    @Override
    public Chapter chapter() {
        return Chapter.HTTP;
    }

    @Override
    public String summary() {
        return "The same requests over a new connection each (handshakes, TIME-WAIT at the client), one kept-alive "
                + "connection, a client pool (queueing, health check, idle timeout) and six connections per host.";
    }

    @Override
    public ScenarioSchema<KeepAliveScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(KeepAliveScenario scenario) {
        return KeepAliveSimulator.simulate(scenario);
    }
}
