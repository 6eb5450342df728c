package org.wirewise.lesson.latency;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.model.latency.BandwidthThroughputSimulator;
import org.wirewise.model.latency.ThroughputScenario;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** One TCP download: why throughput falls short of bandwidth, each reason measured. */
public final class BandwidthThroughputLesson implements Lesson<ThroughputScenario> {

    private static final String TEXTS = "org.wirewise.model.latency.bandwidth-throughput";
    /** The parameters' structure; their words are in the bundle ({@link LessonTexts}). */
    private static final ScenarioSchema<ThroughputScenario> STRUCTURE = new ScenarioSchema<>(
            ThroughputScenario.class, ThroughputScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("linkMbps", "", "Mb/s", 1, 1000, ""),
            ParameterSpec.decimal("rttMs", "", "ms", 1, 500, ""),
            ParameterSpec.integer("transferKB", "", "kB", 10, 5000, ""),
            ParameterSpec.decimal("lossPercent", "", "%", 0, 10, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));
    private static final ScenarioSchema<ThroughputScenario> SCHEMA =
            LessonTexts.schema(STRUCTURE, Texts.english(TEXTS));

    @Override
    public String id() {
        return BandwidthThroughputSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return title(Locale.ENGLISH);
    }

    @Override
    public String title(Locale language) {
        return LessonTexts.title(Texts.of(TEXTS, language));
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public String summary() {
        return summary(Locale.ENGLISH);
    }

    @Override
    public String summary(Locale language) {
        return LessonTexts.summary(Texts.of(TEXTS, language));
    }

    @Override
    public ScenarioSchema<ThroughputScenario> schema() {
        return SCHEMA;
    }

    @Override
    public ScenarioSchema<ThroughputScenario> schema(Locale language) {
        return LessonTexts.schema(STRUCTURE, Texts.of(TEXTS, language));
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
