package org.wirewise.lesson.nat;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.nat.NatTableScenario;
import org.wirewise.model.nat.NatTableSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** NAPT translation tables: rewriting, rows, replies translated back, idle expiry. */
public final class NatTableLesson extends TranslatedLesson<NatTableScenario> {

    private static final String TEXTS = "org.wirewise.model.nat.nat-table";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<NatTableScenario> STRUCTURE = new ScenarioSchema<>(NatTableScenario.class,
            NatTableScenario.DEFAULTS, List.of(
            ParameterSpec.integer("hosts", "", "", 2, 4, ""),
            ParameterSpec.decimal("rttMs", "", "ms", 0.1, 10_000, ""),
            ParameterSpec.integer("udpTimeoutS", "", "s", 1, 86_400, ""),
            ParameterSpec.integer("tcpTimeoutS", "", "s", 1, 432_000, ""),
            ParameterSpec.bool("portPreservation", "", ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public NatTableLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return NatTableSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.NAT;
    }

    @Override
    public Trace simulate(NatTableScenario scenario) {
        return NatTableSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(NatTableScenario scenario, Progress progress, Locale language) {
        return NatTableSimulator.simulate(scenario, language);
    }
}
