package org.wirewise.lesson.stack;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.stack.EncapsulationScenario;
import org.wirewise.model.stack.EncapsulationSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** An HTTP request down the client's stack, across a switch and a router, and up the server's. */
public final class EncapsulationLesson implements Lesson<EncapsulationScenario> {

    private static final ScenarioSchema<EncapsulationScenario> SCHEMA = new ScenarioSchema<>(
            EncapsulationScenario.class, EncapsulationScenario.DEFAULTS, List.of(
            ParameterSpec.choice("method", "Method", List.of("get", "post", "put", "delete"),
                    "The HTTP request method. POST and PUT carry a body."),
            ParameterSpec.text("host", "Host", 253, "The Host field: the site the request is for."),
            ParameterSpec.text("path", "Path", 2000, "The request target; it starts with /."),
            ParameterSpec.text("headers", "Headers", 2000,
                    "Extra header lines as Name: value, separated by | (e.g. Accept: */* | Cookie: id=42)."),
            ParameterSpec.text("body", "Body", 2000, "The request body (POST and PUT)."),
            ParameterSpec.integer("bodyBytes", "Body size", "bytes", 0, 100_000,
                    "Repeat the body up to this many bytes to see a request split into several segments "
                            + "(0: the body as written)."),
            ParameterSpec.bool("https", "HTTPS",
                    "Send the request inside TLS 1.3 records to port 443 instead of plain HTTP to port 80."),
            ParameterSpec.choice("ipVersion", "IP version", List.of("ipv4", "ipv6"),
                    "IPv4 (20-byte header, checksum, TTL) or IPv6 (40-byte header, no checksum, Hop Limit)."),
            ParameterSpec.integer("mtu", "MTU", "bytes", 576, 9000,
                    "Largest IP packet the link carries: 1500 on Ethernet, about 1400 inside many VPN tunnels, "
                            + "9000 with jumbo frames. MSS = MTU − IP header − TCP header."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds the ephemeral port, sequence numbers, IP identification and ciphertext.")));

    @Override
    public String id() {
        return EncapsulationSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Encapsulation";
    }

    @Override
    public Chapter chapter() {
        return Chapter.PROTOCOL_STACK;
    }

    @Override
    public String summary() {
        return "An HTTP request goes down the stack gaining TLS, TCP, IP and Ethernet headers, crosses a switch "
                + "and a router, and climbs the server's stack: real bytes and real overhead.";
    }

    @Override
    public ScenarioSchema<EncapsulationScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(EncapsulationScenario scenario) {
        return EncapsulationSimulator.simulate(scenario);
    }
}
