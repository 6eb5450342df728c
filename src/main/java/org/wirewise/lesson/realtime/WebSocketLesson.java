package org.wirewise.lesson.realtime;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.http.ws.WebSocketScenario;
import org.wirewise.model.http.ws.WebSocketSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** WebSocket: the HTTP upgrade, then frames both ways over one TCP connection. */
public final class WebSocketLesson implements Lesson<WebSocketScenario> {

    private static final ScenarioSchema<WebSocketScenario> SCHEMA = new ScenarioSchema<>(WebSocketScenario.class,
            WebSocketScenario.DEFAULTS, List.of(
            ParameterSpec.integer("fragments", "Fragments", "frames", 1, WebSocketScenario.MAX_FRAGMENTS,
                    "How many frames carry the server's long message: 1 sends it whole, more shows fragmentation "
                            + "(a first frame with FIN=0, continuation frames, the last with FIN=1)."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds every random byte: TCP's sequence numbers and port, the Sec-WebSocket-Key and the "
                            + "client's masking keys. The same seed always gives the same bytes.")));

    @Override
    public String id() {
        return WebSocketSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "WebSocket";
    }

    @Override
    public Chapter chapter() {
        return Chapter.REAL_TIME;
    }

    @Override
    public String summary() {
        return "The HTTP/1.1 upgrade and Sec-WebSocket-Accept, then frames both ways: masked client frames, a server "
                + "that pushes unasked, fragmentation, ping/pong and a clean close.";
    }

    @Override
    public ScenarioSchema<WebSocketScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(WebSocketScenario scenario) {
        return WebSocketSimulator.simulate(scenario);
    }
}
