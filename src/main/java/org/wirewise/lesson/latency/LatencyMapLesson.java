package org.wirewise.lesson.latency;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.latency.CityTable;
import org.wirewise.model.latency.LatencyMapExplainer;
import org.wirewise.model.latency.LatencyMapScenario;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** A world map of real distances: two cities, the great circle, light in fibre, round trips, a satellite. */
public final class LatencyMapLesson extends TranslatedLesson<LatencyMapScenario> {

    private static final String TEXTS = "org.wirewise.model.latency.latency-map";
    /** The view edits these; their words (English here) come from the bundle in each language. */
    public static final ParameterSpec FROM = ParameterSpec.choice("from", "From", CityTable.STANDARD.names(),
            "The first city. In the map, Shift-click a city to choose it.");
    public static final ParameterSpec TO = ParameterSpec.choice("to", "To", CityTable.STANDARD.names(),
            "The second city. In the map, click a city to choose it.");

    private static final ScenarioSchema<LatencyMapScenario> STRUCTURE = new ScenarioSchema<>(LatencyMapScenario.class,
            LatencyMapScenario.DEFAULTS, List.of(FROM, TO, ParameterSpec.decimal("routeFactor", "", "×", 1, 4, "")));

    public LatencyMapLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return LatencyMapExplainer.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public Trace simulate(LatencyMapScenario scenario) {
        return LatencyMapExplainer.explain(scenario);
    }

    @Override
    public Trace simulate(LatencyMapScenario scenario, Progress progress, Locale language) {
        return LatencyMapExplainer.explain(scenario, language);
    }
}
