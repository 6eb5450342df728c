package org.wirewise.lesson.tcp;

import java.util.Locale;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.model.tcp.LifecycleScenario;
import org.wirewise.model.tcp.LifecycleSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** A TCP connection from SYN to the end of TIME-WAIT, closed in the order the learner picks. */
public final class TcpLifecycleLesson extends TranslatedLesson<LifecycleScenario> {

    private static final String TEXTS = "org.wirewise.model.tcp.tcp-lifecycle";
    /** The parameters' structure; their words are in the bundles ({@link TcpParameters#schema}). */
    private static final ScenarioSchema<LifecycleScenario> STRUCTURE = new ScenarioSchema<>(LifecycleScenario.class,
            LifecycleScenario.DEFAULTS, List.of(
            TcpParameters.rtt(),
            TcpParameters.bandwidth(),
            TcpParameters.seed(),
            ParameterSpec.choice("closer", "", List.of("client", "server", "simultaneous"), ""),
            ParameterSpec.decimal("mslSeconds", "", "s", 0, 240, ""),
            ParameterSpec.integer("responseBytes", "", "bytes", 1, 1_000_000, ""),
            ParameterSpec.bool("serverListening", "", ""),
            TcpParameters.drop(),
            ParameterSpec.bool("timestamps", "", "")));

    public TcpLifecycleLesson() {
        super(TEXTS, STRUCTURE, (structure, language) -> TcpParameters.schema(structure, TEXTS, language));
    }

    @Override
    public String id() {
        return LifecycleSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
    }

    @Override
    public Trace simulate(LifecycleScenario scenario) {
        return LifecycleSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(LifecycleScenario scenario, Progress progress, Locale language) {
        return LifecycleSimulator.simulate(scenario, language);
    }
}
