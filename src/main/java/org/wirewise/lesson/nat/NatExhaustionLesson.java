package org.wirewise.lesson.nat;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.nat.NatExhaustionScenario;
import org.wirewise.model.nat.NatExhaustionSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** NAT port exhaustion towards one destination, and what fixes it. */
public final class NatExhaustionLesson extends TranslatedLesson<NatExhaustionScenario> {

    private static final String TEXTS = "org.wirewise.model.nat.nat-exhaustion";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<NatExhaustionScenario> STRUCTURE = new ScenarioSchema<>(
            NatExhaustionScenario.class, NatExhaustionScenario.DEFAULTS, List.of(
            ParameterSpec.integer("clients", "", "", 1, 1_000_000, ""),
            ParameterSpec.integer("newPerSecond", "", "/s", 1, 1_000_000, ""),
            ParameterSpec.integer("holdSeconds", "", "s", 1, 86_400, ""),
            ParameterSpec.integer("publicAddresses", "", "", 1, 64, ""),
            ParameterSpec.bool("connectionReuse", "", ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public NatExhaustionLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return NatExhaustionSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.NAT;
    }

    @Override
    public Trace simulate(NatExhaustionScenario scenario) {
        return NatExhaustionSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(NatExhaustionScenario scenario, Progress progress, Locale language) {
        return NatExhaustionSimulator.simulate(scenario, language);
    }
}
