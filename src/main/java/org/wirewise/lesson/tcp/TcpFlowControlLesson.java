package org.wirewise.lesson.tcp;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.tcp.FlowControlScenario;
import org.wirewise.model.tcp.FlowControlSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Flow control: a slow reader shrinks the advertised window to zero; probes and the window update. */
public final class TcpFlowControlLesson implements Lesson<FlowControlScenario> {

    private static final ScenarioSchema<FlowControlScenario> SCHEMA = new ScenarioSchema<>(FlowControlScenario.class,
            FlowControlScenario.DEFAULTS, List.of(
            TcpParameters.rtt(),
            TcpParameters.bandwidth(),
            TcpParameters.seed(),
            ParameterSpec.integer("receiveBuffer", "Receive buffer", "bytes", 1024, 8L << 20,
                    "The server's receive buffer: the most unread data it can hold, and so the largest window it "
                            + "can advertise."),
            ParameterSpec.decimal("readRateKBps", "Application read rate", "kB/s", 0.1, 1_000_000,
                    "How fast the server's application reads from its socket (1 kB = 1000 bytes), in reads every "
                            + "50 ms."),
            ParameterSpec.decimal("stallSeconds", "Application stall", "s", 0, 60,
                    "After its first read the application stops reading for this long: the buffer fills and "
                            + "the window closes."),
            ParameterSpec.integer("transferBytes", "Transfer size", "bytes", 1, 4_000_000,
                    "How much the client sends."),
            ParameterSpec.bool("windowScaling", "Window scaling",
                    "Offer the window scale option (RFC 7323 §2). Without it no window exceeds 65,535 bytes, "
                            + "which caps throughput at 64 KiB per round trip."),
            TcpParameters.drop()));

    @Override
    public String id() {
        return FlowControlSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Flow control";
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
    }

    @Override
    public String summary() {
        return "A slow reader fills its receive buffer: the advertised window shrinks to zero, the sender probes, "
                + "and a window update lets it resume; why window scaling matters beyond 64 KiB.";
    }

    @Override
    public ScenarioSchema<FlowControlScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(FlowControlScenario scenario) {
        return FlowControlSimulator.simulate(scenario);
    }
}
