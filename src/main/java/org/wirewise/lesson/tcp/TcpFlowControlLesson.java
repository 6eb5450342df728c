package org.wirewise.lesson.tcp;

import java.util.Locale;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.model.tcp.FlowControlScenario;
import org.wirewise.model.tcp.FlowControlSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Flow control: a slow reader shrinks the advertised window to zero; probes and the window update. */
public final class TcpFlowControlLesson extends TranslatedLesson<FlowControlScenario> {

    private static final String TEXTS = "org.wirewise.model.tcp.tcp-flow-control";
    /** The parameters' structure; their words are in the bundles ({@link TcpParameters#schema}). */
    private static final ScenarioSchema<FlowControlScenario> STRUCTURE = new ScenarioSchema<>(FlowControlScenario.class,
            FlowControlScenario.DEFAULTS, List.of(
            TcpParameters.rtt(),
            TcpParameters.bandwidth(),
            TcpParameters.seed(),
            ParameterSpec.integer("receiveBuffer", "", "bytes", 1024, 8L << 20, ""),
            ParameterSpec.decimal("readRateKBps", "", "kB/s", 0.1, 1_000_000, ""),
            ParameterSpec.decimal("stallSeconds", "", "s", 0, 60, ""),
            ParameterSpec.integer("transferBytes", "", "bytes", 1, 4_000_000, ""),
            ParameterSpec.bool("windowScaling", "", ""),
            TcpParameters.drop()));

    public TcpFlowControlLesson() {
        super(TEXTS, STRUCTURE, (structure, language) -> TcpParameters.schema(structure, TEXTS, language));
    }

    @Override
    public String id() {
        return FlowControlSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
    }

    @Override
    public Trace simulate(FlowControlScenario scenario) {
        return FlowControlSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(FlowControlScenario scenario, Progress progress, Locale language) {
        return FlowControlSimulator.simulate(scenario, language);
    }
}
