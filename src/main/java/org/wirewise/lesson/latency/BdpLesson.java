package org.wirewise.lesson.latency;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.latency.BdpScenario;
import org.wirewise.model.latency.BdpSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The bandwidth-delay product, and a 64 KiB window against a scaled one on the same long fat path. */
public final class BdpLesson implements Lesson<BdpScenario> {

    private static final String TEXTS = "org.wirewise.model.latency.bdp";
    /** The parameters' structure; their words are in the bundle ({@link LessonTexts}). */
    private static final ScenarioSchema<BdpScenario> STRUCTURE = new ScenarioSchema<>(
            BdpScenario.class, BdpScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("linkMbps", "", "Mb/s", 1, 1000, ""),
            ParameterSpec.decimal("rttMs", "", "ms", 1, 500, ""),
            ParameterSpec.integer("transferKB", "", "kB", 200, 5000, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));
    private static final ScenarioSchema<BdpScenario> SCHEMA = LessonTexts.schema(STRUCTURE, Texts.english(TEXTS));

    @Override
    public String id() {
        return BdpSimulator.LESSON_ID;
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
    public ScenarioSchema<BdpScenario> schema() {
        return SCHEMA;
    }

    @Override
    public ScenarioSchema<BdpScenario> schema(Locale language) {
        return LessonTexts.schema(STRUCTURE, Texts.of(TEXTS, language));
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
