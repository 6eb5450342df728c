package org.wirewise.lesson.nat;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.nat.NatExhaustionScenario;
import org.wirewise.model.nat.NatExhaustionSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** NAT port exhaustion towards one destination, and what fixes it. */
public final class NatExhaustionLesson implements Lesson<NatExhaustionScenario> {

    private static final ScenarioSchema<NatExhaustionScenario> SCHEMA = new ScenarioSchema<>(
            NatExhaustionScenario.class, NatExhaustionScenario.DEFAULTS, List.of(
            ParameterSpec.integer("clients", "Clients", "", 1, 1_000_000,
                    "Hosts behind the NAT, all calling the same API."),
            ParameterSpec.integer("newPerSecond", "New connections", "/s", 1, 1_000_000,
                    "New TCP connections per second, all clients together (one per request without reuse)."),
            ParameterSpec.integer("holdSeconds", "Port hold time", "s", 1, 86_400,
                    "How long a closed connection keeps its NAT port: Linux keeps the conntrack entry through "
                            + "TIME_WAIT, 120 s."),
            ParameterSpec.integer("publicAddresses", "Public addresses", "", 1, 64,
                    "Addresses in the NAT's pool; each adds 64,512 ports per destination."),
            ParameterSpec.bool("connectionReuse", "Connection reuse",
                    "Each client keeps one connection open and sends every request over it (keep-alive, pools)."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds the sample clients' addresses, ports and sequence numbers.")));

    @Override
    public String id() {
        return NatExhaustionSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "NAT port exhaustion";
    }

    @Override
    public Chapter chapter() {
        return Chapter.NAT;
    }

    @Override
    public String summary() {
        return "Many clients, one public address, one destination: when the NAT runs out of ports, and how more "
                + "addresses, connection reuse or shorter timeouts fix it.";
    }

    @Override
    public ScenarioSchema<NatExhaustionScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(NatExhaustionScenario scenario) {
        return NatExhaustionSimulator.simulate(scenario);
    }
}
