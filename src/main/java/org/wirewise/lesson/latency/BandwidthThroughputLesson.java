package org.wirewise.lesson.latency;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.latency.BandwidthThroughputSimulator;
import org.wirewise.model.latency.ThroughputScenario;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** One TCP download: why throughput falls short of bandwidth, each reason measured. */
public final class BandwidthThroughputLesson extends TranslatedLesson<ThroughputScenario> {

    private static final String TEXTS = "org.wirewise.model.latency.bandwidth-throughput";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<ThroughputScenario> STRUCTURE = new ScenarioSchema<>(
            ThroughputScenario.class, ThroughputScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("linkMbps", "", "Mb/s", 1, 1000, ""),
            ParameterSpec.decimal("rttMs", "", "ms", 1, 500, ""),
            ParameterSpec.integer("transferKB", "", "kB", 10, 5000, ""),
            ParameterSpec.decimal("lossPercent", "", "%", 0, 10, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public BandwidthThroughputLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return BandwidthThroughputSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public Trace simulate(ThroughputScenario scenario) {
        return BandwidthThroughputSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(ThroughputScenario scenario, Progress progress, Locale language) {
        return BandwidthThroughputSimulator.simulate(scenario, language);
    }
}
