package org.wirewise.lesson.latency;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.latency.ComponentsScenario;
import org.wirewise.model.latency.LatencyComponentsSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** One packet across two routers and a long-haul link: processing, queuing, transmission and propagation. */
public final class LatencyComponentsLesson extends TranslatedLesson<ComponentsScenario> {

    private static final String TEXTS = "org.wirewise.model.latency.latency-components";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<ComponentsScenario> STRUCTURE = new ScenarioSchema<>(
            ComponentsScenario.class, ComponentsScenario.DEFAULTS, List.of(
            ParameterSpec.integer("packetBytes", "", "bytes", 46, 9000, ""),
            ParameterSpec.decimal("accessMbps", "", "Mb/s", 1, 100_000, ""),
            ParameterSpec.decimal("linkMbps", "", "Mb/s", 1, 100_000, ""),
            ParameterSpec.decimal("distanceKm", "", "km", 0, 40_000, ""),
            ParameterSpec.decimal("load", "", "", 0, 0.95, ""),
            ParameterSpec.decimal("processingUs", "", "µs", 0, 10_000, ""),
            ParameterSpec.integer("crossPackets", "", "", 100, 20_000, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public LatencyComponentsLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return LatencyComponentsSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public Trace simulate(ComponentsScenario scenario) {
        return LatencyComponentsSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(ComponentsScenario scenario, Progress progress, Locale language) {
        return LatencyComponentsSimulator.simulate(scenario, language);
    }
}
