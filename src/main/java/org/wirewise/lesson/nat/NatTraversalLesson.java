package org.wirewise.lesson.nat;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.nat.NatTraversalScenario;
import org.wirewise.model.nat.NatTraversalSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** NAT traversal: STUN, ICE candidates, UDP hole punching, the TURN fallback and port forwarding. */
public final class NatTraversalLesson extends TranslatedLesson<NatTraversalScenario> {

    private static final String TEXTS = "org.wirewise.model.nat.nat-traversal";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<NatTraversalScenario> STRUCTURE = new ScenarioSchema<>(
            NatTraversalScenario.class, NatTraversalScenario.DEFAULTS, List.of(
            ParameterSpec.choice("mappingA", "", NatBehaviourLesson.MAPPINGS, ""),
            ParameterSpec.choice("filteringA", "", NatBehaviourLesson.MAPPINGS, ""),
            ParameterSpec.choice("mappingB", "", NatBehaviourLesson.MAPPINGS, ""),
            ParameterSpec.choice("filteringB", "", NatBehaviourLesson.MAPPINGS, ""),
            ParameterSpec.bool("portPreservation", "", ""),
            ParameterSpec.bool("portForwardB", "", ""),
            ParameterSpec.decimal("directRttMs", "", "ms", 0.1, 10_000, ""),
            ParameterSpec.decimal("relayRttMs", "", "ms", 0.1, 10_000, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public NatTraversalLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return NatTraversalSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.NAT;
    }

    @Override
    public Trace simulate(NatTraversalScenario scenario) {
        return NatTraversalSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(NatTraversalScenario scenario, Progress progress, Locale language) {
        return NatTraversalSimulator.simulate(scenario, language);
    }
}
