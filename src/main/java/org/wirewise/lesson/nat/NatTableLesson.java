package org.wirewise.lesson.nat;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.nat.NatTableScenario;
import org.wirewise.model.nat.NatTableSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** NAPT translation tables: rewriting, rows, replies translated back, idle expiry. */
public final class NatTableLesson implements Lesson<NatTableScenario> {

    private static final ScenarioSchema<NatTableScenario> SCHEMA = new ScenarioSchema<>(NatTableScenario.class,
            NatTableScenario.DEFAULTS, List.of(
            ParameterSpec.integer("hosts", "Private hosts", "", 2, 4,
                    "Hosts behind the NAT. Odd-numbered hosts open TCP connections to the web server, even ones "
                            + "ask DNS over UDP; hosts 1 and 3 pick the same source port."),
            ParameterSpec.decimal("rttMs", "Round-trip time", "ms", 0.1, 10_000,
                    "Round trip between the NAT and the servers."),
            ParameterSpec.integer("udpTimeoutS", "UDP timeout", "s", 1, 86_400,
                    "Idle seconds before a UDP row expires: Linux 30 s; RFC 4787 REQ-5 asks for at least 120 s."),
            ParameterSpec.integer("tcpTimeoutS", "TCP timeout", "s", 1, 432_000,
                    "Idle seconds before an established TCP row expires: RFC 5382 REQ-5 asks for at least "
                            + "7440 s (2 h 4 min); Linux keeps 5 days."),
            ParameterSpec.bool("portPreservation", "Port preservation",
                    "Keep the host's source port on the outside when no other row needs it (RFC 4787 §4.2.1)."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds the hosts' ephemeral ports, sequence numbers, DNS IDs and the NAT's first port.")));

    @Override
    public String id() {
        return NatTableSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "NAT translation table";
    }

    @Override
    public Chapter chapter() {
        return Chapter.NAT;
    }

    @Override
    public String summary() {
        return "Many private hosts, one public address: how a NAT rewrites each packet, keeps a table of "
                + "translations, fixes the checksums and forgets idle rows.";
    }

    @Override
    public ScenarioSchema<NatTableScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(NatTableScenario scenario) {
        return NatTableSimulator.simulate(scenario);
    }
}
