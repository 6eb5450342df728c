package org.wirewise.lesson.latency;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.latency.LatencyNumbersExplainer;
import org.wirewise.model.latency.LatencyNumbersScenario;
import org.wirewise.model.latency.LatencyTier;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The latency numbers every designer should know, on one log scale, each tied to a design consequence. */
public final class LatencyNumbersLesson implements Lesson<LatencyNumbersScenario> {

    public static final ParameterSpec TIER = ParameterSpec.choice("tier", "Chatty calls go to",
            LatencyTier.networkKeys(), "Where the chatty service's calls go. In the scale, click a network row to choose it.");

    private static final ScenarioSchema<LatencyNumbersScenario> SCHEMA = new ScenarioSchema<>(
            LatencyNumbersScenario.class, LatencyNumbersScenario.DEFAULTS, List.of(
            ParameterSpec.integer("calls", "Sequential calls", "", 1, 1000,
                    "How many calls the chatty service makes, each waiting for the previous answer."),
            TIER));

    @Override
    public String id() {
        return LatencyNumbersExplainer.LESSON_ID;
    }

    @Override
    public String title() {
        return "Latency numbers";
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public String summary() {
        return "Same rack, data centre, zone, region, continent and satellite on one log scale beside memory and disk, "
                + "each with what it means for a design; a chatty service's 20 cross-region calls added up.";
    }

    @Override
    public ScenarioSchema<LatencyNumbersScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(LatencyNumbersScenario scenario) {
        return LatencyNumbersExplainer.explain(scenario);
    }
}
