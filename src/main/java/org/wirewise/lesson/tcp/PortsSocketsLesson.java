package org.wirewise.lesson.tcp;

import java.util.Locale;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.model.tcp.PortsScenario;
import org.wirewise.model.tcp.PortsSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Ports and sockets: one listener, a socket per 5-tuple, and ephemeral-port exhaustion. */
public final class PortsSocketsLesson extends TranslatedLesson<PortsScenario> {

    private static final String TEXTS = "org.wirewise.model.tcp.ports-sockets";
    /** The parameters' structure; their words are in the bundles ({@link TcpParameters#schema}). */
    private static final ScenarioSchema<PortsScenario> STRUCTURE = new ScenarioSchema<>(PortsScenario.class,
            PortsScenario.DEFAULTS, List.of(
            TcpParameters.rtt(),
            TcpParameters.seed(),
            ParameterSpec.integer("connections", "", "", 1, 20, ""),
            ParameterSpec.decimal("connectionsPerSecond", "", "per s", 0.1, 1_000_000, ""),
            ParameterSpec.decimal("lifetimeMs", "", "ms", 0, 3_600_000, ""),
            ParameterSpec.decimal("timeWaitSeconds", "", "s", 0, 240, ""),
            ParameterSpec.choice("portRange", "", List.of("iana", "linux", "wide"), ""),
            ParameterSpec.bool("twReuse", "", ""),
            ParameterSpec.integer("poolSize", "", "connections", 0, 65535, ""),
            TcpParameters.drop()));

    public PortsSocketsLesson() {
        super(TEXTS, STRUCTURE, (structure, language) -> TcpParameters.schema(structure, TEXTS, language));
    }

    @Override
    public String id() {
        return PortsSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
    }

    @Override
    public Trace simulate(PortsScenario scenario) {
        return PortsSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(PortsScenario scenario, Progress progress, Locale language) {
        return PortsSimulator.simulate(scenario, language);
    }
}
