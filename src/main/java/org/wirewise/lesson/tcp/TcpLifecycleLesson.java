package org.wirewise.lesson.tcp;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.tcp.LifecycleScenario;
import org.wirewise.model.tcp.LifecycleSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** A TCP connection from SYN to the end of TIME-WAIT, closed in the order the learner picks. */
public final class TcpLifecycleLesson implements Lesson<LifecycleScenario> {

    private static final ScenarioSchema<LifecycleScenario> SCHEMA = new ScenarioSchema<>(LifecycleScenario.class,
            LifecycleScenario.DEFAULTS, List.of(
            TcpParameters.rtt(),
            TcpParameters.bandwidth(),
            TcpParameters.seed(),
            ParameterSpec.choice("closer", "Who closes first", List.of("client", "server", "simultaneous"),
                    "Which application calls close() first. The side that closes first ends in TIME-WAIT; "
                            + "\"simultaneous\" has both FINs cross (RFC 9293 Figure 13)."),
            ParameterSpec.decimal("mslSeconds", "MSL", "s", 0, 240,
                    "Maximum segment lifetime. TIME-WAIT lasts 2 × MSL; RFC 9293 suggests 2 minutes, and Linux "
                            + "holds TIME-WAIT a fixed 60 s."),
            ParameterSpec.integer("responseBytes", "Response size", "bytes", 1, 1_000_000,
                    "Size of the server's response; several segments let a loss be repaired by fast retransmit."),
            ParameterSpec.bool("serverListening", "Server listening",
                    "Whether anything listens on port 80. If not, the SYN is answered with a reset."),
            TcpParameters.drop(),
            ParameterSpec.bool("timestamps", "Timestamps",
                    "Both ends offer TCP timestamps (RFC 7323), as Linux does. They cost 12 bytes per segment (1448 "
                            + "bytes of data, not 1460) and, after a lost SYN, let the handshake still measure the "
                            + "RTT; without them Karn's rule leaves the RTO at 3 s.")));

    @Override
    public String id() {
        return LifecycleSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Connection lifecycle";
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
    }

    @Override
    public String summary() {
        return "Handshake, request and response, and teardown: FIN-WAIT, CLOSE-WAIT, LAST-ACK, CLOSING and why "
                + "TIME-WAIT lasts 2 × MSL; lose any segment to watch it retransmitted.";
    }

    @Override
    public ScenarioSchema<LifecycleScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(LifecycleScenario scenario) {
        return LifecycleSimulator.simulate(scenario);
    }
}
