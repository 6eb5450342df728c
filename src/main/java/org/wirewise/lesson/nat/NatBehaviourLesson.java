package org.wirewise.lesson.nat;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.nat.NatBehaviourScenario;
import org.wirewise.model.nat.NatBehaviourSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** RFC 4787 mapping and filtering behaviours, probed the way RFC 5780 does with STUN. */
public final class NatBehaviourLesson implements Lesson<NatBehaviourScenario> {

    static final List<String> MAPPINGS = List.of("endpoint-independent", "address-dependent",
            "address-and-port-dependent");

    private static final ScenarioSchema<NatBehaviourScenario> SCHEMA = new ScenarioSchema<>(
            NatBehaviourScenario.class, NatBehaviourScenario.DEFAULTS, List.of(
            ParameterSpec.choice("mapping", "Mapping", MAPPINGS,
                    "RFC 4787 §4.1: when the NAT reuses a host's external address and port. Endpoint-independent "
                            + "is what REQ-1 requires."),
            ParameterSpec.choice("filtering", "Filtering", MAPPINGS,
                    "RFC 4787 §5: which outside senders may reach the host through its mapping."),
            ParameterSpec.bool("portPreservation", "Port preservation",
                    "Keep the host's own port on the outside when it is free (RFC 4787 §4.2.1)."),
            ParameterSpec.decimal("rttMs", "Round-trip time", "ms", 0.1, 10_000,
                    "Round trip between the NAT and the servers."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds STUN transaction IDs, IP IDs and the NAT's first port.")));

    @Override
    public String id() {
        return NatBehaviourSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "NAT behaviours (RFC 4787)";
    }

    @Override
    public Chapter chapter() {
        return Chapter.NAT;
    }

    @Override
    public String summary() {
        return "Mapping × filtering: full cone, restricted, port-restricted and symmetric NATs, and which "
                + "probes each one lets in.";
    }

    @Override
    public ScenarioSchema<NatBehaviourScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(NatBehaviourScenario scenario) {
        return NatBehaviourSimulator.simulate(scenario);
    }
}
