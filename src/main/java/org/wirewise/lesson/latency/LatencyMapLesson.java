package org.wirewise.lesson.latency;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.latency.CityTable;
import org.wirewise.model.latency.LatencyMapExplainer;
import org.wirewise.model.latency.LatencyMapScenario;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** A world map of real distances: two cities, the great circle, light in fibre, round trips, a satellite. */
public final class LatencyMapLesson implements Lesson<LatencyMapScenario> {

    public static final ParameterSpec FROM = ParameterSpec.choice("from", "From", CityTable.STANDARD.names(),
            "The first city. In the map, Shift-click a city to choose it.");
    public static final ParameterSpec TO = ParameterSpec.choice("to", "To", CityTable.STANDARD.names(),
            "The second city. In the map, click a city to choose it.");

    private static final ScenarioSchema<LatencyMapScenario> SCHEMA = new ScenarioSchema<>(LatencyMapScenario.class,
            LatencyMapScenario.DEFAULTS, List.of(FROM, TO,
            ParameterSpec.decimal("routeFactor", "Route factor", "×", 1, 4,
                    "How much longer a typical round trip is than the great-circle minimum (measured medians are about 2).")));

    @Override
    public String id() {
        return LatencyMapExplainer.LESSON_ID;
    }

    @Override
    public String title() {
        return "Latency map";
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public String summary() {
        return "Pick two cities: the great-circle distance, light in fibre, the minimum and a typical round trip, "
                + "what one HTTPS request costs new and reused, and a geostationary satellite hop.";
    }

    @Override
    public ScenarioSchema<LatencyMapScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(LatencyMapScenario scenario) {
        return LatencyMapExplainer.explain(scenario);
    }
}
