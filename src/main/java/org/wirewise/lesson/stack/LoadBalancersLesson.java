package org.wirewise.lesson.stack;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.lb.LoadBalancerScenario;
import org.wirewise.model.lb.LoadBalancerSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The same requests through a layer-4 and a layer-7 load balancer. */
public final class LoadBalancersLesson implements Lesson<LoadBalancerScenario> {

    private static final ScenarioSchema<LoadBalancerScenario> SCHEMA = new ScenarioSchema<>(
            LoadBalancerScenario.class, LoadBalancerScenario.DEFAULTS, List.of(
            ParameterSpec.choice("balancer", "Balancer", List.of("layer-4", "layer-7"),
                    "Layer 4 forwards packets by the 5-tuple; layer 7 terminates the connection and routes by "
                            + "the HTTP request."),
            ParameterSpec.choice("algorithm", "Algorithm", List.of("round-robin", "hash"),
                    "How a backend is picked within a pool: in turn, or by a hash of the connection's 5-tuple."),
            ParameterSpec.bool("https", "HTTPS", "Clients use TLS to port 443: passed through at layer 4, "
                    + "terminated at layer 7."),
            ParameterSpec.bool("sticky", "Sticky sessions",
                    "Keep a client on one backend: by source address at layer 4, by session cookie at layer 7."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds the clients' ephemeral ports (and so the hash), sequence numbers and ciphertext.")));

    @Override
    public String id() {
        return LoadBalancerSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "L4 vs L7 load balancers";
    }

    @Override
    public Chapter chapter() {
        return Chapter.PROTOCOL_STACK;
    }

    @Override
    public String summary() {
        return "The same requests through a layer-4 balancer (5-tuple, TLS passed through) and a layer-7 one "
                + "(terminates TLS, routes by Host, path and cookie): what each reads and what it costs.";
    }

    @Override
    public ScenarioSchema<LoadBalancerScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(LoadBalancerScenario scenario) {
        return LoadBalancerSimulator.simulate(scenario);
    }
}
