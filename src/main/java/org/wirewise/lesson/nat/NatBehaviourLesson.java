package org.wirewise.lesson.nat;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.nat.NatBehaviourScenario;
import org.wirewise.model.nat.NatBehaviourSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** RFC 4787 mapping and filtering behaviours, probed the way RFC 5780 does with STUN. */
public final class NatBehaviourLesson extends TranslatedLesson<NatBehaviourScenario> {

    static final List<String> MAPPINGS = List.of("endpoint-independent", "address-dependent",
            "address-and-port-dependent");

    private static final String TEXTS = "org.wirewise.model.nat.nat-behaviour";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<NatBehaviourScenario> STRUCTURE = new ScenarioSchema<>(
            NatBehaviourScenario.class, NatBehaviourScenario.DEFAULTS, List.of(
            ParameterSpec.choice("mapping", "", MAPPINGS, ""),
            ParameterSpec.choice("filtering", "", MAPPINGS, ""),
            ParameterSpec.bool("portPreservation", "", ""),
            ParameterSpec.decimal("rttMs", "", "ms", 0.1, 10_000, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public NatBehaviourLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return NatBehaviourSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.NAT;
    }

    @Override
    public Trace simulate(NatBehaviourScenario scenario) {
        return NatBehaviourSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(NatBehaviourScenario scenario, Progress progress, Locale language) {
        return NatBehaviourSimulator.simulate(scenario, language);
    }
}
