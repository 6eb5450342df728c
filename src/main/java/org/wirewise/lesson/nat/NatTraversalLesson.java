package org.wirewise.lesson.nat;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.nat.NatTraversalScenario;
import org.wirewise.model.nat.NatTraversalSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** NAT traversal: STUN, ICE candidates, UDP hole punching, the TURN fallback and port forwarding. */
public final class NatTraversalLesson implements Lesson<NatTraversalScenario> {

    private static final ScenarioSchema<NatTraversalScenario> SCHEMA = new ScenarioSchema<>(
            NatTraversalScenario.class, NatTraversalScenario.DEFAULTS, List.of(
            ParameterSpec.choice("mappingA", "NAT A mapping", NatBehaviourLesson.MAPPINGS,
                    "RFC 4787 §4.1 mapping of peer A's NAT."),
            ParameterSpec.choice("filteringA", "NAT A filtering", NatBehaviourLesson.MAPPINGS,
                    "RFC 4787 §5 filtering of peer A's NAT."),
            ParameterSpec.choice("mappingB", "NAT B mapping", NatBehaviourLesson.MAPPINGS,
                    "RFC 4787 §4.1 mapping of peer B's NAT."),
            ParameterSpec.choice("filteringB", "NAT B filtering", NatBehaviourLesson.MAPPINGS,
                    "RFC 4787 §5 filtering of peer B's NAT."),
            ParameterSpec.bool("portPreservation", "Port preservation",
                    "Both NATs keep the peers' own port when it is free; a port-preserving symmetric NAT behaves "
                            + "like a cone here."),
            ParameterSpec.bool("portForwardB", "Port forward on NAT B",
                    "A static mapping from NAT B's public port 50000 to peer B: the manual alternative."),
            ParameterSpec.decimal("directRttMs", "Direct RTT", "ms", 0.1, 10_000,
                    "Round trip between the two NATs on the direct path."),
            ParameterSpec.decimal("relayRttMs", "Relay RTT", "ms", 0.1, 10_000,
                    "Round trip from one NAT to the other through the TURN server."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds transaction IDs, IP IDs, the NATs' first ports and the relayed port.")));

    @Override
    public String id() {
        return NatTraversalSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "NAT traversal";
    }

    @Override
    public Chapter chapter() {
        return Chapter.NAT;
    }

    @Override
    public String summary() {
        return "Two peers behind NATs: learning reflexive addresses with STUN, ICE candidates, UDP hole punching "
                + "for every pair of NAT behaviours, and the TURN relay when it fails.";
    }

    @Override
    public ScenarioSchema<NatTraversalScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(NatTraversalScenario scenario) {
        return NatTraversalSimulator.simulate(scenario);
    }
}
