package org.wirewise.lesson.tcp;

import java.util.Locale;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.tcp.HeadOfLineScenario;
import org.wirewise.model.tcp.HeadOfLineSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Head-of-line blocking: one lost segment holds back later messages that have already arrived. */
public final class HeadOfLineLesson implements Lesson<HeadOfLineScenario> {

    private static final String TEXTS = "org.wirewise.model.tcp.head-of-line";
    /** The parameters' structure; their words are in the bundles ({@link TcpParameters#schema}). */
    private static final ScenarioSchema<HeadOfLineScenario> STRUCTURE = new ScenarioSchema<>(HeadOfLineScenario.class,
            HeadOfLineScenario.DEFAULTS, List.of(
            TcpParameters.rtt(),
            TcpParameters.bandwidth(),
            TcpParameters.seed(),
            ParameterSpec.integer("messages", "", "", 1, 200, ""),
            ParameterSpec.integer("messageBytes", "", "bytes", 1, TcpConfig.ETHERNET_SEGMENT_DATA, ""),
            ParameterSpec.decimal("intervalMs", "", "ms", 0, 10_000, ""),
            ParameterSpec.integer("lostMessage", "", "", 0, 200, ""),
            TcpParameters.drop()));
    private static final ScenarioSchema<HeadOfLineScenario> SCHEMA = TcpParameters.schema(STRUCTURE, TEXTS, Locale.ENGLISH);

    @Override
    public String id() {
        return HeadOfLineSimulator.LESSON_ID;
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
        return Chapter.TCP;
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
    public ScenarioSchema<HeadOfLineScenario> schema() {
        return SCHEMA;
    }

    @Override
    public ScenarioSchema<HeadOfLineScenario> schema(Locale language) {
        return TcpParameters.schema(STRUCTURE, TEXTS, language);
    }

    @Override
    public Trace simulate(HeadOfLineScenario scenario) {
        return HeadOfLineSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(HeadOfLineScenario scenario, Progress progress, Locale language) {
        return HeadOfLineSimulator.simulate(scenario, language);
    }
}
