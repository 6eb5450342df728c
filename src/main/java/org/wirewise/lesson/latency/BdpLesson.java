package org.wirewise.lesson.latency;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import org.wirewise.lesson.Chapter;
import org.wirewise.model.latency.BdpScenario;
import org.wirewise.model.latency.BdpSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The bandwidth-delay product, and a 64 KiB window against a scaled one on the same long fat path. */
public final class BdpLesson extends TranslatedLesson<BdpScenario> {

    private static final String TEXTS = "org.wirewise.model.latency.bdp";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<BdpScenario> STRUCTURE = new ScenarioSchema<>(
            BdpScenario.class, BdpScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("linkMbps", "", "Mb/s", 1, 1000, ""),
            ParameterSpec.decimal("rttMs", "", "ms", 1, 500, ""),
            ParameterSpec.integer("transferKB", "", "kB", 200, 5000, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public BdpLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return BdpSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public long estimatedWork(BdpScenario s) {
        // Two downloads of about one frame per 1448 bytes, each with its ACK.
        return 4L * s.transferKB() * 1000 / 1448;
    }

    @Override
    public Trace simulate(BdpScenario scenario) {
        return BdpSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(BdpScenario scenario, Progress progress, Locale language) {
        return BdpSimulator.simulate(scenario, language);
    }
}
