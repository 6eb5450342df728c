package org.wirewise.lesson.tcp;

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

    private static final ScenarioSchema<HeadOfLineScenario> SCHEMA = new ScenarioSchema<>(HeadOfLineScenario.class,
            HeadOfLineScenario.DEFAULTS, List.of(
            TcpParameters.rtt(),
            TcpParameters.bandwidth(),
            TcpParameters.seed(),
            ParameterSpec.integer("messages", "Messages", "", 1, 200, "How many messages the client sends."),
            ParameterSpec.integer("messageBytes", "Message size", "bytes", 1, TcpConfig.ETHERNET_SEGMENT_DATA,
                    "Size of each message; each travels in its own segment (at most 1460 − 12 bytes of timestamps)."),
            ParameterSpec.decimal("intervalMs", "Interval", "ms", 0, 10_000, "Time between two messages."),
            ParameterSpec.integer("lostMessage", "Lost message", "", 0, 200,
                    "Which message's first transmission is lost; 0 loses none."),
            TcpParameters.drop()));

    @Override
    public String id() {
        return HeadOfLineSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Head-of-line blocking";
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
    }

    @Override
    public String summary() {
        return "One lost segment holds back every later message that has already arrived, until the "
                + "retransmission fills the hole: arrival and delivery side by side.";
    }

    @Override
    public ScenarioSchema<HeadOfLineScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(HeadOfLineScenario scenario) {
        return HeadOfLineSimulator.simulate(scenario);
    }
}
