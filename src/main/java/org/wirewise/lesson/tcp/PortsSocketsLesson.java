package org.wirewise.lesson.tcp;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.tcp.PortsScenario;
import org.wirewise.model.tcp.PortsSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Ports and sockets: one listener, a socket per 5-tuple, and ephemeral-port exhaustion. */
public final class PortsSocketsLesson implements Lesson<PortsScenario> {

    private static final ScenarioSchema<PortsScenario> SCHEMA = new ScenarioSchema<>(PortsScenario.class,
            PortsScenario.DEFAULTS, List.of(
            TcpParameters.rtt(),
            TcpParameters.seed(),
            ParameterSpec.integer("connections", "Connections shown", "", 1, 20,
                    "How many real connections the diagram opens to port 443."),
            ParameterSpec.decimal("connectionsPerSecond", "New connections", "per s", 0.1, 1_000_000,
                    "New outgoing connections per second from the client to one server address and port."),
            ParameterSpec.decimal("lifetimeMs", "Connection lifetime", "ms", 0, 3_600_000,
                    "How long each connection stays open before the client closes it."),
            ParameterSpec.decimal("timeWaitSeconds", "TIME-WAIT", "s", 0, 240,
                    "How long a closed connection holds its port: Linux 60 s, RFC 9293 2 × MSL = 240 s."),
            ParameterSpec.choice("portRange", "Ephemeral port range", List.of("iana", "linux", "wide"),
                    "iana: 49152–65535 (16,384 ports); linux: 32768–60999 (28,232); wide: 1024–65535 (64,512)."),
            ParameterSpec.bool("twReuse", "tcp_tw_reuse",
                    "Linux may give a new outgoing connection a port still in TIME-WAIT after 1 s (with timestamps)."),
            ParameterSpec.integer("poolSize", "Pool size", "connections", 0, 65535,
                    "Keep this many connections open and reuse them; 0 opens a new connection per request."),
            TcpParameters.drop()));

    @Override
    public String id() {
        return PortsSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Ports and sockets";
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
    }

    @Override
    public String summary() {
        return "A server on *:443 with a socket per 5-tuple; port ranges; how many short connections per second "
                + "exhaust the ephemeral ports, and what pooling, a wider range and tcp_tw_reuse change.";
    }

    @Override
    public ScenarioSchema<PortsScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(PortsScenario scenario) {
        return PortsSimulator.simulate(scenario);
    }
}
