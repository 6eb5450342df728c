package org.wirewise.lesson.tcp;

import java.util.Locale;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.tcp.TcpVsUdpScenario;
import org.wirewise.model.tcp.TcpVsUdpSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The same live stream over TCP and UDP with the same losses: complete but late, or on time with gaps. */
public final class TcpVsUdpLesson implements Lesson<TcpVsUdpScenario> {

    private static final String TEXTS = "org.wirewise.model.tcp.tcp-vs-udp";
    /** The parameters' structure; their words are in the bundles ({@link TcpParameters#schema}). */
    private static final ScenarioSchema<TcpVsUdpScenario> STRUCTURE = new ScenarioSchema<>(TcpVsUdpScenario.class,
            TcpVsUdpScenario.DEFAULTS, List.of(
            TcpParameters.rtt(),
            TcpParameters.bandwidth(),
            TcpParameters.seed(),
            ParameterSpec.integer("messages", "", "", 1, 200, ""),
            ParameterSpec.integer("messageBytes", "", "bytes", 1, TcpConfig.ETHERNET_SEGMENT_DATA, ""),
            ParameterSpec.decimal("intervalMs", "", "ms", 1, 10_000, ""),
            ParameterSpec.decimal("playoutMs", "", "ms", 1, 10_000, ""),
            ParameterSpec.text("lostMessages", "", 200, ""),
            TcpParameters.drop()));
    private static final ScenarioSchema<TcpVsUdpScenario> SCHEMA = TcpParameters.schema(STRUCTURE, TEXTS, Locale.ENGLISH);

    @Override
    public String id() {
        return TcpVsUdpSimulator.LESSON_ID;
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
    public ScenarioSchema<TcpVsUdpScenario> schema() {
        return SCHEMA;
    }

    @Override
    public ScenarioSchema<TcpVsUdpScenario> schema(Locale language) {
        return TcpParameters.schema(STRUCTURE, TEXTS, language);
    }

    @Override
    public Trace simulate(TcpVsUdpScenario scenario) {
        return TcpVsUdpSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(TcpVsUdpScenario scenario, Progress progress, Locale language) {
        return TcpVsUdpSimulator.simulate(scenario, language);
    }
}
