package org.wirewise.lesson.realtime;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.realtime.ScalingScenario;
import org.wirewise.model.realtime.ScalingSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** WebSockets at scale: sticky balancing, a pub/sub backbone, drains and deaths, idle costs, backoff and herds. */
public final class WebSocketScalingLesson implements Lesson<ScalingScenario> {

    private static final ScenarioSchema<ScalingScenario> SCHEMA = new ScenarioSchema<>(ScalingScenario.class,
            ScalingScenario.DEFAULTS, List.of(
            ParameterSpec.integer("servers", "Servers", "servers", ScalingScenario.MIN_SERVERS, ScalingScenario.MAX_SERVERS,
                    "Chat servers behind the proxy. The proxy picks one by a hash of the user's address modulo "
                            + "the servers in service."),
            ParameterSpec.choice("stickiness", "Stickiness", List.of("ip-hash", "cookie"),
                    "How the proxy keeps a user on one server: a hash of the user's address, or a cookie it adds to "
                            + "the 101 and reads on every reconnect."),
            ParameterSpec.integer("connections", "Idle connections", "connections", 1, ScalingScenario.MAX_CONNECTIONS,
                    "Open, idle WebSockets the servers hold, spread evenly: for the memory and file descriptor totals."),
            ParameterSpec.integer("appKib", "App state per connection", "KiB", 0, 1024,
                    "What the application keeps per connection (buffers, session, subscriptions): an assumption. "
                            + "8 KiB is a library's 4 KiB read and write buffers."),
            ParameterSpec.integer("herdClients", "Clients after a restart", "clients", 1, ScalingScenario.MAX_HERD,
                    "How many clients reconnect at once when a server restarts."),
            ParameterSpec.integer("acceptsPer100ms", "Accepted per 100 ms", "connections", 1, ScalingScenario.MAX_HERD,
                    "How many reconnects the servers take per 100 ms; the rest are refused and back off."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds TCP's numbers, the WebSocket keys and masks, and every backoff draw. The same seed always "
                            + "gives the same bytes and the same herd.")));

    @Override
    public String id() {
        return ScalingSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Scaling WebSockets";
    }

    @Override
    public Chapter chapter() {
        return Chapter.REAL_TIME;
    }

    @Override
    public String summary() {
        return "Users over several servers behind a proxy: sticky connections, a pub/sub backbone, drained and dead "
                + "servers, what idle connections cost, and reconnecting with jittered backoff.";
    }

    @Override
    public ScenarioSchema<ScalingScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(ScalingScenario scenario) {
        return ScalingSimulator.simulate(scenario);
    }
}
