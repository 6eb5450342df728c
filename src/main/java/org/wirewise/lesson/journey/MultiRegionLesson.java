package org.wirewise.lesson.journey;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.journey.region.MultiRegionSimulator;
import org.wirewise.model.journey.region.RegionScenario;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Users on a world map sent to the nearest of three regions by GeoDNS; one region fails and traffic moves. */
public final class MultiRegionLesson extends TranslatedLesson<RegionScenario> {

    private static final String TEXTS = "org.wirewise.model.journey.region.multi-region";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<RegionScenario> STRUCTURE = new ScenarioSchema<>(RegionScenario.class,
            RegionScenario.DEFAULTS, List.of(
            ParameterSpec.integer("ttlSeconds", "", "s", 1, 600, ""),
            ParameterSpec.integer("checkIntervalSeconds", "", "s", 5, 60, ""),
            ParameterSpec.integer("failureThreshold", "", "", 1, 10, ""),
            ParameterSpec.choice("failingRegion", "", List.of("us-east", "eu-west", "ap-southeast"), ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public MultiRegionLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return MultiRegionSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.JOURNEY;
    }

    @Override
    public Trace simulate(RegionScenario scenario) {
        return MultiRegionSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(RegionScenario scenario, Progress progress, Locale language) {
        return MultiRegionSimulator.simulate(scenario, language);
    }
}
