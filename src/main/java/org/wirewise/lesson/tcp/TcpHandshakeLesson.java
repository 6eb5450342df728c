package org.wirewise.lesson.tcp;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.model.tcp.HandshakeSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The TCP three-way handshake, from listen() to the first data byte. */
public final class TcpHandshakeLesson implements Lesson<HandshakeScenario> {

    private static final ScenarioSchema<HandshakeScenario> SCHEMA = new ScenarioSchema<>(HandshakeScenario.class,
            HandshakeScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "Round-trip time", "ms", 0.1, 10_000,
                    "Round-trip propagation delay between client and server: about 1 ms in a data centre, "
                            + "80 ms across a continent, 250 ms via a geostationary satellite is far more."),
            ParameterSpec.decimal("bandwidthMbps", "Bandwidth", "Mb/s", 0.01, 100_000,
                    "Link rate; it sets how long each frame takes to serialise onto the wire."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds the initial sequence numbers, the client's ephemeral port and the timestamp clocks. "
                            + "The same seed always gives the same trace."),
            ParameterSpec.integer("mss", "MSS", "bytes", 88, 65495,
                    "Maximum segment size each side announces: 1460 on Ethernet (1500 MTU − 40 bytes of IPv4 "
                            + "and TCP headers)."),
            ParameterSpec.bool("windowScaling", "Window scaling",
                    "Offer the window scale option (RFC 7323 §2), needed for windows over 64 KiB."),
            ParameterSpec.integer("windowShift", "Window shift", "", 0, 14,
                    "Shift count announced with window scaling: windows are multiplied by 2^shift. Linux "
                            + "announces 7 by default."),
            ParameterSpec.bool("sack", "SACK", "Offer selective acknowledgments (RFC 2018)."),
            ParameterSpec.bool("timestamps", "Timestamps",
                    "Offer TCP timestamps (RFC 7323 §3): RTT measurement and protection against wrapped "
                            + "sequence numbers.")));

    @Override
    public String id() {
        return HandshakeSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Three-way handshake";
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
    }

    @Override
    public String summary() {
        return "SYN, SYN-ACK, ACK: how TCP opens a connection, what the options negotiate, and why the first "
                + "byte of data arrives 1.5 round trips after connect().";
    }

    @Override
    public ScenarioSchema<HandshakeScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(HandshakeScenario scenario) {
        return HandshakeSimulator.simulate(scenario);
    }
}
