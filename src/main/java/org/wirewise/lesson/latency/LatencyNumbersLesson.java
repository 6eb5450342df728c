package org.wirewise.lesson.latency;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.latency.LatencyNumbersExplainer;
import org.wirewise.model.latency.LatencyNumbersScenario;
import org.wirewise.model.latency.LatencyTier;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The latency numbers every designer should know, on one log scale, each tied to a design consequence. */
public final class LatencyNumbersLesson extends TranslatedLesson<LatencyNumbersScenario> {

    private static final String TEXTS = "org.wirewise.model.latency.latency-numbers";
    /** The view edits it; its words (English here) come from the bundle in each language. */
    public static final ParameterSpec TIER = ParameterSpec.choice("tier", "Chatty calls go to",
            LatencyTier.networkKeys(), "Where the chatty service's calls go. In the scale, click a network row to choose it.");

    private static final ScenarioSchema<LatencyNumbersScenario> STRUCTURE = new ScenarioSchema<>(
            LatencyNumbersScenario.class, LatencyNumbersScenario.DEFAULTS, List.of(
            ParameterSpec.integer("calls", "", "", 1, 1000, ""), TIER));

    public LatencyNumbersLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return LatencyNumbersExplainer.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public Trace simulate(LatencyNumbersScenario scenario) {
        return LatencyNumbersExplainer.explain(scenario);
    }

    @Override
    public Trace simulate(LatencyNumbersScenario scenario, Progress progress, Locale language) {
        return LatencyNumbersExplainer.explain(scenario, language);
    }
}
