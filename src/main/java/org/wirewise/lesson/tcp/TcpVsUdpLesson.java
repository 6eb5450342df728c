package org.wirewise.lesson.tcp;

import java.util.Locale;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.tcp.TcpVsUdpScenario;
import org.wirewise.model.tcp.TcpVsUdpSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The same live stream over TCP and UDP with the same losses: complete but late, or on time with gaps. */
public final class TcpVsUdpLesson extends TranslatedLesson<TcpVsUdpScenario> {

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

    public TcpVsUdpLesson() {
        super(TEXTS, STRUCTURE, (structure, language) -> TcpParameters.schema(structure, TEXTS, language));
    }

    @Override
    public String id() {
        return TcpVsUdpSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
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
