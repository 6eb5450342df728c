package org.wirewise.lesson.tcp;

import java.util.Locale;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.tcp.HeadOfLineScenario;
import org.wirewise.model.tcp.HeadOfLineSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Head-of-line blocking: one lost segment holds back later messages that have already arrived. */
public final class HeadOfLineLesson extends TranslatedLesson<HeadOfLineScenario> {

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

    public HeadOfLineLesson() {
        super(TEXTS, STRUCTURE, (structure, language) -> TcpParameters.schema(structure, TEXTS, language));
    }

    @Override
    public String id() {
        return HeadOfLineSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
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
