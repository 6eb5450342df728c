package org.wirewise.lesson.latency;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.latency.LatencyBudgetExplainer;
import org.wirewise.model.latency.LatencyBudgetScenario;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** One page's time as a stacked bar, and what each optimisation (CDN, reuse, 0-RTT, HTTP/2, ...) takes off it. */
public final class LatencyBudgetLesson extends TranslatedLesson<LatencyBudgetScenario> {

    private static final String TEXTS = "org.wirewise.model.latency.latency-budget";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<LatencyBudgetScenario> STRUCTURE = new ScenarioSchema<>(
            LatencyBudgetScenario.class, LatencyBudgetScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "", "ms", 0.1, 2000, ""),
            ParameterSpec.decimal("edgeRttMs", "", "ms", 0.1, 2000, ""),
            ParameterSpec.decimal("bandwidthMbps", "", "Mb/s", 0.1, 100_000, ""),
            ParameterSpec.decimal("dnsMs", "", "ms", 0, 5000, ""),
            ParameterSpec.decimal("serverMs", "", "ms", 0, 60_000, ""),
            ParameterSpec.integer("documentKb", "", "KB", 1, 100_000, ""),
            ParameterSpec.integer("objects", "", "", 0, 500, ""),
            ParameterSpec.integer("objectKb", "", "KB", 1, 100_000, ""),
            ParameterSpec.bool("closer", "", ""),
            ParameterSpec.bool("reuse", "", ""),
            ParameterSpec.bool("zeroRtt", "", ""),
            ParameterSpec.bool("http2", "", ""),
            ParameterSpec.bool("compression", "", ""),
            ParameterSpec.bool("parallel", "", ""),
            ParameterSpec.bool("cacheHit", "", "")));

    public LatencyBudgetLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return LatencyBudgetExplainer.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public Trace simulate(LatencyBudgetScenario scenario) {
        return LatencyBudgetExplainer.explain(scenario);
    }

    @Override
    public Trace simulate(LatencyBudgetScenario scenario, Progress progress, Locale language) {
        return LatencyBudgetExplainer.explain(scenario, language);
    }
}
