package org.wirewise.lesson.tcp;

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

    private static final ScenarioSchema<TcpVsUdpScenario> SCHEMA = new ScenarioSchema<>(TcpVsUdpScenario.class,
            TcpVsUdpScenario.DEFAULTS, List.of(
            TcpParameters.rtt(),
            TcpParameters.bandwidth(),
            TcpParameters.seed(),
            ParameterSpec.integer("messages", "Frames", "", 1, 200, "How many audio frames each sender sends."),
            ParameterSpec.integer("messageBytes", "Frame size", "bytes", 1, TcpConfig.ETHERNET_SEGMENT_DATA,
                    "Bytes per frame: 160 is 20 ms of G.711 audio."),
            ParameterSpec.decimal("intervalMs", "Interval", "ms", 1, 10_000, "Time between frames."),
            ParameterSpec.decimal("playoutMs", "Playout delay", "ms", 1, 10_000,
                    "The receiver plays each frame this long after it was sent; a frame arriving later is useless."),
            ParameterSpec.text("lostMessages", "Lost frames", 200,
                    "Frames whose first transmission is lost on both transports, e.g. \"5\" or \"5,12\"."),
            TcpParameters.drop()));

    @Override
    public String id() {
        return TcpVsUdpSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "TCP vs UDP";
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
    }

    @Override
    public String summary() {
        return "The same audio stream over TCP and UDP with the same losses: TCP delivers everything in order but "
                + "late, UDP on time with gaps.";
    }

    @Override
    public ScenarioSchema<TcpVsUdpScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(TcpVsUdpScenario scenario) {
        return TcpVsUdpSimulator.simulate(scenario);
    }
}
